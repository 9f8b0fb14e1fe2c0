import { type ColorScheme } from './tokens.js';
/**
 * Colour pairs the reader must be able to read, by token name, with the
 * WCAG 2.2 AA minimum: 4.5:1 for text, 3:1 for the focus ring (1.4.11).
 */
export declare const readablePairs: readonly [foreground: string, background: string, minimum: number][];
/**
 * Keeps a partner's theme usable. Runs after render, writing overrides as inline
 * private properties on the card, which win over the stylesheet's:
 * - a token value that does not parse (a colour that is not one, a negative
 *   radius), or that calls a function theme-value.ts does not allow, falls
 *   back to that token's default;
 * - unless `contrast` is off, a text colour below AA on its background becomes
 *   black or white, whichever reads better (one always reaches 4.5:1).
 * Each problem is reported once through `report`.
 */
export declare function guardTheme(host: HTMLElement, card: HTMLElement, scheme: ColorScheme, contrast: boolean, report: (message: string) => void): void;
