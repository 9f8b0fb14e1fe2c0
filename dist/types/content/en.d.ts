import type { Language } from './types.js';
/**
 * English, the original. Each sentence is taken from, or closely follows, the
 * source named beside it (see SOURCES.md); wording from S1 keeps its hedges
 * ("suggests", "likely", "presumed") and its spelling.
 */
export declare const en: Language;
