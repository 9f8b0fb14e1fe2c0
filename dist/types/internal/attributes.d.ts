export declare const DEFAULT_HEADING_LEVEL = 2;
/**
 * `heading-level` as a usable level, 1 to 5 (questions sit one level below the
 * title, so the title may go no deeper than h5), else the default with a warning.
 */
export declare const headingLevelFrom: (value: unknown) => number;
/**
 * A URL attribute (`guidance-href`, `share-url`) as a safe absolute URL.
 * Relative URLs resolve against the page; anything but http(s), such as
 * `javascript:`, warns and gives undefined, so the default is used: `instead`
 * says which, in the warning. A removed attribute (null) quietly gives the default.
 */
export declare function webUrlFrom(attribute: string, value: string | null | undefined, instead: string): string | undefined;
/**
 * `link-prefix`: 1 to 32 letters, digits, `-` and `_`, else `mms-` with a
 * warning. Never empty: a prefix is what tells the widget's fragments from
 * the page's own (`#state-…`, `#access_token=…`). A removed attribute (null) quietly gives `mms-`.
 */
export declare function linkPrefixFrom(value: string | null): string;
/** `open-items="a b"` (or `"a, b"`) as a list of ids; extra spaces and commas are harmless. */
export declare const idListConverter: {
    fromAttribute: (value: string | null) => string[];
};
/**
 * An enumerated attribute's value if allowed, in any case (`Dark` is `dark`),
 * else the fallback with a warning naming it. A removed attribute (null) quietly gives the fallback.
 */
export declare function oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T;
/**
 * Warns about attributes on the element that look like misspellings of its
 * own (`colour-scheme`, `heading_level`, `color-sheme`, `open-itmes`), which the browser would
 * otherwise ignore without a word. Other attributes (`id`, `class`, `data-*`)
 * are the page's business and pass silently.
 */
export declare function warnNearMisses(element: Element, known: readonly string[]): void;
