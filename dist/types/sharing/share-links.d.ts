import type { ShareChannel } from '../events.js';
/** The copy-link icon, for the share bar's copy button and each answer's link. */
export declare const copyIcon = "M10 14l4-4m-3-3 1.5-1.5a3.5 3.5 0 0 1 5 5L16 12m-3 5-1.5 1.5a3.5 3.5 0 0 1-5-5L8 12";
/**
 * Share links for when the browser has no share sheet: each channel, its
 * service's own share page, its icon, and the service's name, the same in
 * every language (email has none: "Email" is translated, `ui.email`). Plain
 * links: no script, no pixel, nothing loads until the reader follows one.
 */
export declare function shareLinks(url: string, text: string): [Exclude<ShareChannel, 'native' | 'copy'>, string, string, string?][];
