/** Detail of `mms-guidance-toggle`: which FAQ item the reader opened or closed. */
export interface ToggleDetail {
    readonly id: string;
    readonly open: boolean;
}
/** Detail of `mms-guidance-toggle-all`: whether the reader expanded or collapsed every item. */
export interface ToggleAllDetail {
    readonly open: boolean;
}
/**
 * Which link the reader followed: "Read the announcement" (`guidance`, kept for
 * partners' analytics), a source in the provenance line, or a link inside the
 * text (partner content).
 */
export type LinkKind = 'guidance' | 'source' | 'content';
/** Detail of `mms-guidance-link`. */
export interface LinkDetail {
    readonly kind: LinkKind;
    readonly href: string;
}
/** How the reader shared: the device's share sheet, a copied link, or one of the plain links. */
export type ShareChannel = 'native' | 'copy' | 'whatsapp' | 'email' | 'x' | 'facebook' | 'linkedin';
/** Detail of `mms-guidance-share`. `id` names the FAQ item when one question's link was copied. */
export interface ShareDetail {
    readonly channel: ShareChannel;
    readonly url: string;
    readonly id?: string;
}
export interface MmsGuidanceEventMap {
    'mms-guidance-toggle': CustomEvent<ToggleDetail>;
    'mms-guidance-toggle-all': CustomEvent<ToggleAllDetail>;
    'mms-guidance-link': CustomEvent<LinkDetail>;
    'mms-guidance-share': CustomEvent<ShareDetail>;
}
/** Events bubble and cross the shadow boundary so a page can listen on `document`. */
export declare function emit<K extends keyof MmsGuidanceEventMap>(target: EventTarget, type: K, detail: MmsGuidanceEventMap[K]['detail']): void;
declare global {
    interface HTMLElementEventMap extends MmsGuidanceEventMap {
    }
    interface DocumentEventMap extends MmsGuidanceEventMap {
    }
}
