import type { Language } from './types.js';
/**
 * Portuguese (European spelling, as in Mozambique), translated sentence by
 * sentence from English version 1.1; it keeps the hedges ("sugere", "dado o seu
 * potencial", "presumido", "biologicamente plausível", "é provável"), the
 * attributions ("O HMHB refere") and every figure. Mozambican institutional
 * usage: "o UNICEF", and the pre-1990 spelling ("Seleccione", "Janeiro"). Not yet
 * reviewed by a second translator, so the widget says so.
 */
export declare const pt: Language;
