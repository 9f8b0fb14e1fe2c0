import type { ShareChannel } from './events.js';
/**
 * Share links for when the browser has no share sheet. Plain links to each
 * service's own share page: no script, no pixel, nothing loads until the
 * reader follows one.
 */
export declare function shareLinks(url: string, text: string): [Exclude<ShareChannel, 'native' | 'copy'>, string][];
/** The services' own names, the same in every language; "Email" is translated (`ui.email`). */
export declare const serviceNames: {
    readonly whatsapp: "WhatsApp";
    readonly x: "X";
    readonly facebook: "Facebook";
    readonly linkedin: "LinkedIn";
};
/** Copies text; false where the page may not (an insecure page, a refused permission, no clipboard). */
export declare function copyText(text: string): Promise<boolean>;
