import type { Language } from './types.js';
/** The guidance's release date (S1), the same in every language; each language writes it its own way. */
export declare const issuedIso = "2025-01-20";
/**
 * English, the original. Each sentence is taken from, or closely follows, the
 * source named beside it (see docs/sources.md); wording from S1 keeps its
 * hedges ("suggests", "given its potential", "presumed", "biologically
 * plausible", "likely"), its attributions ("HMHB reports") and its spelling.
 * Every answer stands on its own, with its conditions: it travels alone in
 * question links and in the FAQPage structured data.
 */
export declare const en: Language;
