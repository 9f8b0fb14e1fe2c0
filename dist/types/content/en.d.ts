import type { Language } from './types.js';
/** The guidance's release date (S1), the same in every language; each language writes it its own way. */
export declare const issuedIso = "2025-01-20";
/**
 * English, the original. Each sentence is taken from, or closely follows, the
 * source named beside it (see SOURCES.md); wording from S1 keeps its hedges
 * ("suggests", "likely", "presumed") and its spelling.
 */
export declare const en: Language;
