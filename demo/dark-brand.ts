/**
 * The dark-scheme counterparts of a partner's colours, for the configurator's
 * snippets: the same hue and saturation at the lightness of the built-in dark
 * colour each replaces, then moved further (lighter for the accent, darker for
 * the callout) until it meets WCAG AA against the dark scheme's other colours.
 * A pale brand background kept as it is would put white text on a white
 * callout in dark mode, and a dark brand green would be unreadable as text on
 * the dark card: the contrast guard would then swap in black or white.
 */
import { contrastRatio, toRgb, type Rgb } from '../src/theme/contrast.js';
import { readablePairs } from '../src/theme/theme-guard.js';
import { defaultFor, tokens } from '../src/theme/tokens.js';

interface Hsl {
  readonly h: number;
  readonly s: number;
  readonly l: number;
}

function hslOf({ r, g, b }: Rgb): Hsl {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === red ? ((green - blue) / d + 6) % 6 : max === green ? (blue - red) / d + 2 : (red - green) / d + 4;
  return { h: h * 60, s, l };
}

function hexOf({ h, s, l }: Hsl): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

const darkDefault = (name: string): string => {
  const token = tokens.find((each) => each.name === name);
  return token ? defaultFor(token, 'dark') : '';
};

/** The pairs of readablePairs that a token takes part in, as [other colour, minimum]. */
const pairsOf = (name: string): [string, number][] =>
  readablePairs.flatMap(([foreground, background, minimum]): [string, number][] => {
    const fore = foreground === 'accent-ink' ? 'accent-color' : foreground;
    if (fore === name) return [[darkDefault(background), minimum]];
    if (background === name) return [[darkDefault(fore), minimum]];
    return [];
  });

/** Whether `color` meets AA with every dark default it is read with or against. */
const readsInDark = (name: string, color: string): boolean =>
  pairsOf(name).every(([other, minimum]) => contrastRatio(toRgb(color), toRgb(other)) >= minimum);

/**
 * `color`, given for the light scheme, as a dark-scheme value of the token
 * `name` (accent-color, key-message-background-color): see above.
 */
export function darkCounterpart(name: string, color: string): string {
  const target = hslOf(toRgb(darkDefault(name))).l;
  const { h, s } = hslOf(toRgb(color));
  // Lighter than the dark surface (the accent) or darker than the dark text (the callout).
  const step = target > 0.5 ? 0.01 : -0.01;
  for (let l = target; l >= 0 && l <= 1; l += step) {
    const candidate = hexOf({ h, s, l });
    if (readsInDark(name, candidate)) return candidate;
  }
  return darkDefault(name);
}
