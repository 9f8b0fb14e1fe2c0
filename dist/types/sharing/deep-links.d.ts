/** The page's own address without its fragment: what the share bar shares by default. */
export declare const pageUrl: () => string;
/** `base` with `#fragment`, replacing any fragment it had. */
export declare const withFragment: (base: string, fragment: string) => string;
/**
 * The FAQ id a location hash names for this widget, if any: `#mms-evidence`
 * with prefix `mms-` gives `evidence`. A malformed hash gives undefined.
 */
export declare function idFromHash(hash: string, prefix: string): string | undefined;
