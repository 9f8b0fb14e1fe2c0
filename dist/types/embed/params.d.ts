/**
 * Applies the embed page's query parameters to a widget: attributes as they are
 * (the element itself checks their values), `--mms-guidance-*` tokens by their
 * short names (`accent-color=%23005a9c`), `sections` as the parts to show, and
 * `lang`. Any other parameter gets a warning naming it. Returns the sections to show.
 */
export declare function applyParams(params: URLSearchParams, widget: HTMLElement): string[];
