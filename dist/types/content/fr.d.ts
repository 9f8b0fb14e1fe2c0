import type { Language } from './types.js';
/**
 * French, translated sentence by sentence from English version 1.2; it keeps
 * the hedges ("suggèrent", "compte tenu du potentiel des MMS", "présumé",
 * "biologiquement plausible", "probablement"), the attributions ("HMHB indique")
 * and every figure, with a narrow no-break space (U+202F) before ? : ; ! and
 * inside « », so no sign wraps onto a line of its own. Not yet reviewed by a
 * second translator, so the widget says so.
 */
export declare const fr: Language;
