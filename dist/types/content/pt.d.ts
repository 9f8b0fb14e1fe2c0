import type { Language } from './types.js';
/**
 * Portuguese (European spelling, as in Mozambique), translated sentence by
 * sentence from English version 1.2; it keeps the hedges ("sugere", "dado o
 * potencial dos MMS", "presumido", "biologicamente plausível", "é provável"), the
 * attributions ("O HMHB refere") and every figure. Mozambican institutional
 * usage: "o UNICEF", and the pre-1990 spelling ("Seleccione"); months in lower case, as
 * Intl writes them, so a review date reads like the card's own dates. Not yet
 * reviewed by a second translator, so the widget says so. Tagged `pt`, not
 * `pt-MZ`: see docs/translation-review/README.md.
 */
export declare const pt: Language;
