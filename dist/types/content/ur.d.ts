import type { Language } from './types.js';
/**
 * Urdu, right to left, translated sentence by sentence from English version
 * 1.2; it keeps the hedges ("اشارہ", "ہو سکتا ہے", "مفروضہ", "قرینِ قیاس",
 * "امکان"), the attributions ("HMHB بتاتا ہے") and every figure, with
 * the units and acronyms in Latin script as on the product label. Not yet
 * reviewed by a second translator, so the widget says so.
 */
export declare const ur: Language;
