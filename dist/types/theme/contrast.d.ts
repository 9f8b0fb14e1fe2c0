/** WCAG 2.2 contrast between colours, for the theme guard. */
export interface Rgb {
    readonly r: number;
    readonly g: number;
    readonly b: number;
}
/**
 * Any CSS colour (hex, rgb(), hsl(), oklch(), color(), named) as sRGB bytes,
 * painted over white: the canvas does the parsing and the alpha compositing,
 * so no colour syntax needs code of its own here. willReadFrequently keeps
 * Chromium from logging a performance hint on the partner's console.
 */
export declare function toRgb(color: string): Rgb;
export declare function contrastRatio(a: Rgb, b: Rgb): number;
