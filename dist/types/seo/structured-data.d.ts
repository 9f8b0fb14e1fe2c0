import type { Language } from '../content/types.js';
/** schema.org FAQPage for the widget's questions and answers, in its language. */
export declare function faqPage(content: Language): object;
/** A widget with `structured-data` rendered `content`; the first such widget on the page speaks for it. */
export declare function wantStructuredData(widget: object, content: Language): void;
/** A widget left the page or dropped `structured-data`: the next one speaks, or the script goes. */
export declare function leaveStructuredData(widget: object): void;
