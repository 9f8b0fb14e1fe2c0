/** Detail of `mms-guidance-toggle`: which FAQ item the reader opened or closed. */
export interface ToggleDetail {
    readonly id: string;
    readonly open: boolean;
}
/** Detail of `mms-guidance-toggle-all`: whether the reader expanded or collapsed every item. */
export interface ToggleAllDetail {
    readonly open: boolean;
}
export interface MmsGuidanceEventMap {
    'mms-guidance-toggle': CustomEvent<ToggleDetail>;
    'mms-guidance-toggle-all': CustomEvent<ToggleAllDetail>;
}
/** Events bubble and cross the shadow boundary so a page can listen on `document`. */
export declare function emit<K extends keyof MmsGuidanceEventMap>(target: EventTarget, type: K, detail: MmsGuidanceEventMap[K]['detail']): void;
declare global {
    interface HTMLElementEventMap extends MmsGuidanceEventMap {
    }
}
