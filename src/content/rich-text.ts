import { html } from 'lit';
import { linkProtocols, safeUrl } from '../internal/urls.js';
import { piecesOf, remembered } from './markup.js';

// Reading the markup needs no Lit (markup.ts), so the configurator and the WordPress
// packaging can use plainText without it; rendering it (here) does.
export { plainText, unsafeLinks } from './markup.js';

/**
 * Renders rich text as Lit template parts: text stays text (Lit sets it as a
 * text node, never as HTML), and a link whose URL is not http(s) or mailto
 * keeps only its label. Text with no markup (most paragraphs) stays one string,
 * which Lit renders as one text node: a list would add a part and two markers.
 */
export const richText = remembered((text: string): unknown => {
  const pieces = piecesOf(text);
  if (pieces.length === 1) return pieces[0];
  return pieces.map((piece) => {
    if (typeof piece === 'string') return piece;
    if (piece.url === undefined) return html`<em>${piece.text}</em>`;
    const href = safeUrl(piece.url, linkProtocols);
    return href ? html`<a href=${href}>${piece.text}</a>` : piece.text;
  });
});
