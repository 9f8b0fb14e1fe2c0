/**
 * The whole markup content may use: `[label](url)` for a link and `*words*`
 * for emphasis. Nothing nests and nothing else is markup, so every other
 * character, `<` included, is text. A label runs to the first `]`, which must
 * be followed by `(`; a URL runs to the first `)`, with no space in it.
 * A piece of markup keeps its words (a link's label) as `text`; a link adds its `url`.
 */
export type Piece = string | {
    text: string;
    url?: string;
};
/** Remembers each text's result, so a render reuses it: rich text is scanned when content changes, not on every render. */
export declare function remembered<T>(make: (text: string) => T): (text: string) => T;
/** Rich text as its pieces: plain strings, and each `*words*` or `[label](url)`. */
export declare const piecesOf: (text: string) => Piece[];
/** The link URLs in rich text that `richText` will not link, so they can be reported once. */
export declare const unsafeLinks: (text: string) => string[];
/** Rich text as plain text, for where no markup can go: `[label](url)` becomes its label, `*words*` its words. */
export declare const plainText: (text: string) => string;
