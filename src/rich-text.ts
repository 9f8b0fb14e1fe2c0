import { html } from 'lit';
import { linkProtocols, safeUrl } from './urls.js';

/**
 * The whole markup content may use: `[label](url)` for a link and `*words*`
 * for emphasis. Nothing nests and nothing else is markup, so every other
 * character, `<` included, is text.
 */
const markup = /\[([^\]]+)\]\(([^)\s]+)\)|\*([^*]+)\*/g;

/**
 * Renders rich text as Lit template parts: text stays text (Lit sets it as a
 * text node, never as HTML), and a link whose URL is not http(s) or mailto
 * keeps only its label.
 */
export function richText(text: string): unknown[] {
  const rendered: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(markup)) {
    const [whole, label, url, emphasis] = match;
    const href = url && safeUrl(url, linkProtocols);
    rendered.push(
      text.slice(last, match.index),
      emphasis ? html`<em>${emphasis}</em>` : href ? html`<a href=${href}>${label}</a>` : label,
    );
    last = match.index + whole.length;
  }
  rendered.push(text.slice(last));
  return rendered;
}

/** The link URLs in rich text that `richText` will not link, so they can be reported once. */
export const unsafeLinks = (text: string): string[] =>
  [...text.matchAll(markup)].flatMap(([, , url]) => (url && !safeUrl(url, linkProtocols) ? [url] : []));

/** Rich text as plain text, for where no markup can go: `[label](url)` becomes its label, `*words*` its words. */
export const plainText = (text: string): string => text.replace(markup, '$1$3');
