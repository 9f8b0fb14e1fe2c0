/** Set when no policy could be had for Lit: the element must not be defined. */
export declare let blocked: boolean;
/** Puts the page's createPolicy back: after Lit's one call, or once everything has loaded. */
export declare function restoreTrustedTypes(): void;
