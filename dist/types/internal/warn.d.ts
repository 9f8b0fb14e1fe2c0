/** Every message names the element, so a partner can find it among the page's own logs. */
export declare function warn(message: string): void;
/** For content a partner supplied that cannot be used: an error, since their text is not shown. */
export declare function fail(message: string): void;
/** What went wrong, in the words of whatever was thrown (JSON.parse, fetch). */
export declare const messageOf: (error: unknown) => string;
