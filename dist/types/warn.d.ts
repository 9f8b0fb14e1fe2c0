/** Every warning names the element, so a partner can find it among the page's own logs. */
export declare function warn(message: string): void;
