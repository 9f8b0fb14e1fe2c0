import { tokens } from '../tokens.js';
import { warn } from '../warn.js';

/** Query parameters that map straight onto the element's attributes. */
const attributes = ['heading-level', 'color-scheme', 'open-items', 'guidance-href', 'contrast-guard', 'share', 'share-url', 'link-prefix'];
const sections = ['card', 'faq'];

/**
 * Applies the embed page's query parameters to a widget: attributes as they are
 * (the element itself checks their values), `--mms-guidance-*` tokens by their
 * short names (`accent-color=%23005a9c`), `sections` as the parts to show, and
 * `lang`. Any other parameter gets a warning naming it. Returns the sections to show.
 */
export function applyParams(params: URLSearchParams, widget: HTMLElement): string[] {
  let shown = sections;
  for (const [key, value] of params) {
    if (attributes.includes(key)) widget.setAttribute(key, value);
    else if (tokens.some((token) => token.name === key)) widget.style.setProperty(`--mms-guidance-${key}`, value);
    else if (key === 'sections') {
      const asked = value.split(/[\s,]+/).filter(Boolean);
      const unknown = asked.filter((section) => !sections.includes(section));
      if (unknown.length > 0 || asked.length === 0) {
        warn(`embed: sections="${value}" may list only ${sections.join(', ')}; showing all.`);
      } else shown = asked;
    } else if (key === 'lang') widget.lang = value; // the widget warns about a language it lacks
    else warn(`embed: unknown parameter "${key}" is ignored.`);
  }
  return shown;
}
