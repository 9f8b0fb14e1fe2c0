/** The most a content file may weigh: ten questions in a few languages take a tenth of it. */
export declare const contentLimit = 256000;
/**
 * Fetches a partner's content JSON. Rejects with an Error whose message says
 * what went wrong, in words a partner's web team can act on. No cookies go
 * with the request: the widget sets none and forwards none.
 */
export declare function fetchContent(src: string, timeout: number): Promise<unknown>;
