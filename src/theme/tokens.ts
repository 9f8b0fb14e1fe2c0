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

export const tokens: readonly Token[] = [
  { name: 'font-family', validAs: 'font-family' },
  { name: 'font-size', validAs: 'font-size' },
  { name: 'line-height', validAs: 'line-height', light: '1.5' },
  { name: 'heading-font-family', validAs: 'font-family', light: 'var(--_font-family)' },
  { name: 'heading-font-weight', validAs: 'font-weight', light: '700' },
  { name: 'surface-color', light: '#ffffff', dark: '#12161c' },
  { name: 'text-color', light: '#1b1f24', dark: '#e8ecf1' },
  { name: 'muted-text-color', light: '#4b5563', dark: '#b3bcc8' },
  { name: 'accent-color', light: '#005a9c', dark: '#7cc0ff' },
  { name: 'accent-text-color', light: '#ffffff', dark: '#0b1826' },
  { name: 'border-color', light: '#6b7280', dark: '#8b95a3' },
  { name: 'focus-color', light: '#b4005a', dark: '#ff9ccf' },
  { name: 'key-message-background-color', light: '#e8f1fa', dark: '#1b2a3a' },
  { name: 'key-message-border-color', light: 'var(--_accent-color)' },
  { name: 'key-message-text-color', light: '#10243a', dark: '#eaf3fc' },
  { name: 'radius', validAs: 'border-radius', light: '0.5em' },
  { name: 'border-width', validAs: 'border-top-width', light: '1px' },
  { name: 'space', validAs: 'padding', light: '1em' },
  { name: 'max-width', validAs: 'max-width', light: '48em' },
  { name: 'transition-duration', validAs: 'transition-duration', light: '150ms' },
];

export type ColorScheme = 'light' | 'dark';

/** The default a token takes in a scheme; `initial` leaves an inherited one to inherit. */
export const defaultFor = (token: Token, scheme: ColorScheme): string =>
  (scheme === 'dark' ? token.dark : undefined) ?? token.light ?? 'initial';
