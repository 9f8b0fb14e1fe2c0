/** Links in content may go to web pages or open an email; nothing else, so no `javascript:` or `data:`. */
export declare const linkProtocols: string[];
export declare const webProtocols: string[];
/**
 * A URL, resolved against the page, if its protocol is allowed; else undefined.
 * Resolving first means tricks such as ` jAvAsCrIpT:` or tabs inside the
 * scheme are judged as the browser would follow them.
 */
export declare function safeUrl(value: string, protocols: readonly string[]): string | undefined;
