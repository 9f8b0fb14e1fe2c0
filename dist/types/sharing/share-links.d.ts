import type { ShareChannel } from '../events.js';
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
/**
 * Line icons drawn here, one path each on a 24-unit grid, stroked in the
 * text colour (so forced colours repaint them), so nothing is fetched from a
 * service. Each sits beside its control's text name, never in its place.
 */
export declare const icons: Record<Exclude<ShareChannel, 'native'>, string>;
