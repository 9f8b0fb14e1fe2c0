export { plainText, unsafeLinks } from './markup.js';
/**
 * Renders rich text as Lit template parts: text stays text (Lit sets it as a
 * text node, never as HTML), and a link whose URL is not http(s) or mailto
 * keeps only its label. Text with no markup (most paragraphs) stays one string,
 * which Lit renders as one text node: a list would add a part and two markers.
 */
export declare const richText: (text: string) => unknown;
