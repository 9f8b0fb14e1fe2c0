import type { Language } from './types.js';
/**
 * Spanish, translated sentence by sentence from English version 1.0; it keeps
 * the hedges ("sugiere", "es probable", "presunto") and every figure. Not yet
 * reviewed by a second translator, so the widget says so.
 */
export declare const es: Language;
