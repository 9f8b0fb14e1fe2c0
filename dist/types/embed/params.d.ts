/**
 * The origin of the page framing this one, if known: the browser's record of
 * it (Chromium, WebKit), else the referrer it sent (Firefox; a page with
 * `Referrer-Policy: no-referrer` sends none). Undefined at the top level.
 */
export declare function framingOrigin(): string | undefined;
/**
 * Applies the embed page's query parameters to a widget: attributes as they are
 * (the element itself checks their values), `guidance-href` and `share-url`
 * only when they point to the framing page's origin (`framing`), `--mms-guidance-*`
 * tokens by their short names (`accent-color=%23005a9c`) when the value is a
 * colour or a size made only with the functions theme-value.ts allows,
 * `sections` as the parts to show, and `lang`. Any other parameter, or a value
 * refused, gets a warning naming it. Returns the sections to show.
 */
export declare function applyParams(params: URLSearchParams, widget: HTMLElement, framing?: string | undefined): string[];
