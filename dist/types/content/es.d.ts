import type { Language } from './types.js';
/**
 * Spanish, translated sentence by sentence from English version 1.2; it keeps
 * the hedges ("sugiere", "dado el potencial de los MMS", "presunto", "biológicamente
 * plausible", "es probable"), the attributions ("Según informa HMHB") and
 * every figure. Not yet reviewed by a second translator, so the widget says so.
 */
export declare const es: Language;
