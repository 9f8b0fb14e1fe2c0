/**
 * The card's layout, reading only the private `--_*` names that
 * theme/theme.styles.ts fills from the public tokens.
 */
export declare const styles: import("lit").CSSResult;
