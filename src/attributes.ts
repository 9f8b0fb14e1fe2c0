import { safeUrl, webProtocols } from './urls.js';
import { warn } from './warn.js';

export const DEFAULT_HEADING_LEVEL = 2;
/** Questions sit one level below the title, so the title may go no deeper than h5. */
const MAX_HEADING_LEVEL = 5;

/** `heading-level` as a usable level: an integer 1–5, else the default with a warning. */
export function headingLevelFrom(value: unknown): number {
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= MAX_HEADING_LEVEL) return level;
  warn(
    `heading-level="${String(value)}" is not a whole number from 1 to ${MAX_HEADING_LEVEL}; ` +
      `using ${DEFAULT_HEADING_LEVEL}.`,
  );
  return DEFAULT_HEADING_LEVEL;
}

/**
 * A URL attribute (`guidance-href`, `share-url`) as a safe absolute URL.
 * Relative URLs resolve against the page; anything but http(s), such as
 * `javascript:`, warns and gives undefined, so the default is used: `instead`
 * says which, in the warning.
 */
export function webUrlFrom(attribute: string, value: string | undefined, instead: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const url = safeUrl(value, webProtocols);
  if (!url) warn(`${attribute}="${value}" is not an http(s) URL; ${instead} instead.`);
  return url;
}

/** `open-items="a b"` as a list of ids; extra spaces are harmless. */
export const idListConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: readonly string[]): string => value.join(' '),
};

/** An enumerated attribute's value if allowed, else the fallback with a warning naming it. */
export function oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  warn(`${attribute}="${String(value)}" is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}
