import type { Language } from './types.js';
/**
 * French, translated sentence by sentence from English version 1.0; it keeps
 * the hedges ("suggèrent", "probablement", "présumé") and every figure. Not yet
 * reviewed by a second translator, so the widget says so.
 */
export declare const fr: Language;
