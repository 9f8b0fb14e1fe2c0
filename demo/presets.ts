/**
 * Brand presets for the theme gallery, the playground and the visual tests:
 * real-world-like colours for four kinds of partner. Only public tokens and the
 * page's own font are used, as a partner would.
 */
export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly colorScheme: 'light' | 'dark';
  /** The partner page around the widget. */
  readonly page: { readonly background: string; readonly color: string; readonly fontFamily: string };
  readonly tokens: Readonly<Record<string, string>>;
}

export const presets: readonly Preset[] = [
  {
    id: 'ministry',
    label: 'A ministry of health',
    colorScheme: 'light',
    page: { background: '#f3f6f4', color: '#1d2b24', fontFamily: 'Georgia, "Times New Roman", serif' },
    tokens: {
      '--mms-guidance-accent-color': '#00665e',
      '--mms-guidance-key-message-background-color': '#e6f2ef',
      '--mms-guidance-key-message-text-color': '#0d2f2b',
      '--mms-guidance-radius': '0.25rem',
    },
  },
  {
    id: 'un-agency',
    label: 'A UN agency',
    colorScheme: 'light',
    page: { background: '#ffffff', color: '#1a1a1a', fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif' },
    tokens: {
      // A light sky blue, kept on purpose: white text on it, and it as text on white, are both near 3:1,
      // below AA, so the contrast guard uses black for both; the gallery says so above the card.
      '--mms-guidance-accent-color': '#009edb',
      '--mms-guidance-key-message-border-color': '#009edb',
      '--mms-guidance-key-message-background-color': '#e5f5fb',
      '--mms-guidance-radius': '0',
      '--mms-guidance-heading-font-weight': '600',
    },
  },
  {
    id: 'ngo',
    label: 'An NGO',
    colorScheme: 'light',
    page: { background: '#fff8f1', color: '#2b1d12', fontFamily: 'Verdana, Geneva, sans-serif' },
    tokens: {
      '--mms-guidance-accent-color': '#b8410e',
      '--mms-guidance-key-message-background-color': '#fdeee4',
      '--mms-guidance-key-message-text-color': '#3d1804',
      '--mms-guidance-focus-color': '#1f4fbf',
      '--mms-guidance-radius': '1rem',
    },
  },
  {
    id: 'dark-site',
    label: 'A dark site',
    colorScheme: 'dark',
    page: { background: '#0b0f14', color: '#e6e9ee', fontFamily: 'system-ui, sans-serif' },
    tokens: {
      '--mms-guidance-accent-color': '#f2b134',
      '--mms-guidance-surface-color': '#141a22',
      '--mms-guidance-key-message-border-color': '#f2b134',
    },
  },
];

/** The CSS a partner would paste to get a preset: tokens on the element. */
export const presetCss = (tokens: Readonly<Record<string, string>>): string =>
  `mms-guidance {\n${Object.entries(tokens)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}\n`;
