import { tokens } from '../theme/tokens.js';
import { nearMiss } from '../internal/near-miss.js';
import { themeValueProblem } from '../theme/theme-value.js';
import { quote, warn } from '../internal/warn.js';

/** Query parameters that map straight onto the element's attributes. */
const attributes = ['heading-level', 'color-scheme', 'open-items', 'contrast-guard', 'share', 'link-prefix'];
/** Addresses: anyone can write a link to embed.html with any query, so these must point to the page framing it. */
const addresses = ['guidance-href', 'share-url'];
const sections = ['card', 'faq'];
const tokenNames = tokens.map((token) => token.name);

const originOf = (address: string): string | undefined => {
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
};

/**
 * The origin of the page framing this one, if known: the browser's record of
 * it (Chromium, WebKit), else the referrer it sent (Firefox; a page with
 * `Referrer-Policy: no-referrer` sends none). Undefined at the top level.
 */
export function framingOrigin(): string | undefined {
  if (parent === window) return undefined;
  const origin = location.ancestorOrigins?.[0] ?? originOf(document.referrer);
  return origin === 'null' ? undefined : origin;
}

/**
 * Applies the embed page's query parameters to a widget: attributes as they are
 * (the element itself checks their values), `guidance-href` and `share-url`
 * only when they point to the framing page's origin (`framing`), `--mms-guidance-*`
 * tokens by their short names (`accent-color=%23005a9c`) when the value is a
 * colour or a size made only with the functions theme-value.ts allows,
 * `sections` as the parts to show, and `lang`. Any other parameter, or a value
 * refused, gets a warning naming it. Returns the sections to show.
 */
export function applyParams(params: URLSearchParams, widget: HTMLElement, framing = framingOrigin()): string[] {
  let shown = sections;
  // Far more than any real snippet carries (about 30 names, short values): a link stuffed past it is not read.
  const all = [...params];
  if (all.length > 40) warn('embed: more than 40 parameters; the rest are ignored.');
  for (const [key, value] of all.slice(0, 40)) {
    const token = tokens.find((each) => each.name === key);
    if (value.length > 512)
      warn(`embed: ${quote(key)} is ${value.length} characters long, over the 512 limit; ignored.`);
    else if (attributes.includes(key)) widget.setAttribute(key, value);
    else if (addresses.includes(key)) {
      if (framing && originOf(value) === framing) widget.setAttribute(key, value);
      else
        warn(
          `embed: ${key}=${quote(value)} is refused: it may only be an address on the page framing this embed (${framing ?? 'unknown here'}).`,
        );
    } else if (token) {
      const problem = themeValueProblem(value, token.validAs ?? 'color');
      if (problem) warn(`embed: ${key}=${quote(value)} is refused: ${problem}.`);
      else widget.style.setProperty(`--mms-guidance-${key}`, value);
    } else if (key === 'sections') {
      const asked = value.split(/[\s,]+/).filter(Boolean);
      const unknown = asked.filter((section) => !sections.includes(section));
      if (unknown.length > 0 || asked.length === 0) {
        warn(`embed: sections=${quote(value)} may list only ${sections.join(', ')}; showing all.`);
      } else shown = asked;
    } else if (key === 'lang')
      widget.lang = value; // the widget warns about a language it lacks
    else {
      const meant = nearMiss(key, [...attributes, ...addresses, ...tokenNames, 'sections', 'lang']);
      warn(`embed: unknown parameter ${quote(key)} is ignored.${meant ? ` Did you mean ${meant}?` : ''}`);
    }
  }
  return shown;
}
