import type { Language } from './types.js';
/**
 * The provenance line's last part: the English original, a translation not yet
 * reviewed, or reviewed by whom and when, in the language's own date format.
 * The widget and the dissemination kit (build/kit-pages.mjs) both say it.
 */
export declare function reviewStatus({ ui, review, lang }: Pick<Language, 'ui' | 'review' | 'lang'>): string;
