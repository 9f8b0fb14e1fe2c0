import type { Language } from './types.js';
/**
 * Spanish, translated sentence by sentence from English version 1.1; it keeps
 * the hedges ("sugiere", "dado su potencial", "presunto", "biológicamente
 * plausible", "es probable"), the attributions ("Según informa HMHB") and
 * every figure. Not yet reviewed by a second translator, so the widget says so.
 */
export declare const es: Language;
