import { nearMiss } from './near-miss.js';
import { safeUrl, webProtocols } from './urls.js';
import { quote, warn } from './warn.js';

export const DEFAULT_HEADING_LEVEL = 2;

/**
 * `heading-level` as a usable level, 1 to 5 (questions sit one level below the
 * title, so the title may go no deeper than h5), else the default with a warning.
 */
export const headingLevelFrom = (value: unknown): number =>
  Number(oneOf('heading-level', value, ['1', '2', '3', '4', '5'], `${DEFAULT_HEADING_LEVEL}`));

/**
 * A URL attribute (`guidance-href`, `share-url`) as a safe absolute URL.
 * Relative URLs resolve against the page; anything but http(s), such as
 * `javascript:`, warns and gives undefined, so the default is used: `instead`
 * says which, in the warning. A removed attribute (null) quietly gives the default.
 */
export function webUrlFrom(attribute: string, value: string | null | undefined, instead: string): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  // `www.moh.gov.xx/mms` would resolve against the page into a broken link;
  // `guidance.html` is a file beside the page, so a file's ending is no domain.
  const [start = ''] = value.trim().split('/');
  if (/^[\w-]+(\.[\w-]+)+$/.test(start) && !/\.(html?|php|aspx?|jsp|pdf)$/i.test(start)) {
    warn(
      `${attribute}=${quote(value)} has no scheme; did you mean ${quote(`https://${value.trim()}`)}? ${instead} instead.`,
    );
    return undefined;
  }
  const url = safeUrl(value, webProtocols);
  if (!url) warn(`${attribute}=${quote(value)} is not an http(s) URL; ${instead} instead.`);
  return url;
}

const DEFAULT_LINK_PREFIX = 'mms-';

/**
 * `link-prefix`: 1 to 32 letters, digits, `-` and `_`, else `mms-` with a
 * warning. Never empty: a prefix is what tells the widget's fragments from
 * the page's own (`#state-…`, `#access_token=…`). A removed attribute (null) quietly gives `mms-`.
 */
export function linkPrefixFrom(value: string | null): string {
  if (value === null) return DEFAULT_LINK_PREFIX;
  if (/^[\w-]{1,32}$/.test(value)) return value;
  warn(`link-prefix=${quote(value)} must be 1 to 32 letters, digits, - and _; using ${DEFAULT_LINK_PREFIX}.`);
  return DEFAULT_LINK_PREFIX;
}

/** `open-items="a b"` (or `"a, b"`) as a list of ids; extra spaces and commas are harmless. */
export const idListConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean),
};

/**
 * An enumerated attribute's value if allowed, in any case (`Dark` is `dark`),
 * else the fallback with a warning naming it. A removed attribute (null) quietly gives the fallback.
 */
export function oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === null) return fallback;
  const clean = String(value).trim().toLowerCase() as T;
  if (allowed.includes(clean)) return clean;
  warn(`${attribute}=${quote(value)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}

/**
 * Warns about attributes on the element that look like misspellings of its
 * own (`colour-scheme`, `heading_level`, `color-sheme`, `open-itmes`), which the browser would
 * otherwise ignore without a word. Other attributes (`id`, `class`, `data-*`)
 * are the page's business and pass silently.
 */
export function warnNearMisses(element: Element, known: readonly string[]): void {
  for (const name of element.getAttributeNames()) {
    const match = nearMiss(name, known);
    if (match)
      warn(`${name}=${quote(element.getAttribute(name))} is not an attribute of the widget; did you mean ${match}?`);
  }
}
