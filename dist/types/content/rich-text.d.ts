/**
 * Renders rich text as Lit template parts: text stays text (Lit sets it as a
 * text node, never as HTML), and a link whose URL is not http(s) or mailto
 * keeps only its label. Text with no markup (most paragraphs) stays one string,
 * which Lit renders as one text node: a list would add a part and two markers.
 */
export declare const richText: (text: string) => unknown;
/** The link URLs in rich text that `richText` will not link, so they can be reported once. */
export declare const unsafeLinks: (text: string) => string[];
/** Rich text as plain text, for where no markup can go: `[label](url)` becomes its label, `*words*` its words. */
export declare const plainText: (text: string) => string;
