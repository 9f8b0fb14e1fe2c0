/** Every message names the element, so a partner can find it among the page's own logs. */
export declare function warn(message: string): void;
/** For content a partner supplied that cannot be used: an error, since their text is not shown. */
export declare function fail(message: string): void;
/** What went wrong, in the words of whatever was thrown (JSON.parse, fetch). */
export declare const messageOf: (error: unknown) => string;
/**
 * A name or value as a warning prints it: in JSON's quotes and escapes, so a
 * newline or a fake console prompt inside it stays one quoted string on the
 * warning's line, and at most 80 characters, so it cannot bury the message.
 */
export declare const quote: (value: unknown) => string;
