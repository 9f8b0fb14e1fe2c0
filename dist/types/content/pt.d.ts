import type { Language } from './types.js';
/**
 * Portuguese (European spelling, as in Mozambique), translated sentence by
 * sentence from English version 1.0; it keeps the hedges ("sugere", "é provável",
 * "presumível") and every figure. Not yet reviewed by a second translator, so
 * the widget says so.
 */
export declare const pt: Language;
