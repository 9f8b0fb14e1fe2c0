/**
 * The public theming tokens, in one table: the stylesheet maps each
 * `--mms-guidance-<name>` to the private `--_<name>` from here, and the
 * theme guard checks partner values against the same syntax and defaults.
 * The class JSDoc documents each one; a test keeps the two in step. Sizes are
 * in em, relative to the widget's own (inherited) text size, so a page that
 * shrinks its root font (`html { font-size: 62.5% }`) does not shrink the widget.
 */
export interface Token {
    /** Public name without the `--mms-guidance-` prefix. */
    readonly name: string;
    /** A CSS property whose grammar a partner's value must fit (CSS.supports()); colour when absent. */
    readonly validAs?: string;
    /** Default in the light scheme; undefined means inherited from the page. */
    readonly light?: string;
    /** Default in the dark scheme, where it differs. */
    readonly dark?: string;
}
export declare const tokens: readonly Token[];
export type ColorScheme = 'light' | 'dark';
/** The default a token takes in a scheme; `initial` leaves an inherited one to inherit. */
export declare const defaultFor: (token: Token, scheme: ColorScheme) => string;
