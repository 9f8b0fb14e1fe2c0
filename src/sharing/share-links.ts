import type { ShareChannel } from '../events.js';

/*
 * Icons are line drawings written here, one SVG path each on a 24-unit grid,
 * stroked in the text colour (so forced colours repaint them), so nothing is
 * fetched from a service. Each sits beside its control's text name, never in its place.
 */

/** The copy-link icon, for the share bar's copy button and each answer's link. */
export const copyIcon = 'M10 14l4-4m-3-3 1.5-1.5a3.5 3.5 0 0 1 5 5L16 12m-3 5-1.5 1.5a3.5 3.5 0 0 1-5-5L8 12';

/**
 * Share links for when the browser has no share sheet: each channel, its
 * service's own share page, its icon, and the service's name, the same in
 * every language (email has none: "Email" is translated, `ui.email`). Plain
 * links: no script, no pixel, nothing loads until the reader follows one.
 */
export function shareLinks(
  url: string,
  text: string,
): [Exclude<ShareChannel, 'native' | 'copy'>, string, string, string?][] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(text);
  return [
    [
      'whatsapp',
      `https://wa.me/?text=${t}%20${u}`,
      'M3 21l1.6-4.6a9 9 0 1 1 3 3zM9 8.5c0 3.5 3 6.5 6.5 6.5',
      'WhatsApp',
    ],
    ['email', `mailto:?subject=${t}&body=${t}%0A%0A${u}`, 'M3 6h18v12H3zm0 0 9 7 9-7'],
    ['x', `https://twitter.com/intent/tweet?text=${t}&url=${u}`, 'M4 4h4l12 16h-4zm16 0-6.5 7.5M4 20l6.5-7.5', 'X'],
    [
      'facebook',
      `https://www.facebook.com/sharer/sharer.php?u=${u}`,
      'M3 12a9 9 0 1 0 18 0 9 9 0 0 0-18 0m12.5-4H14a2 2 0 0 0-2 2v11m-3-8h6',
      'Facebook',
    ],
    [
      'linkedin',
      `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
      'M3 3h18v18H3zm5 8v6m0-9.5v.01M12 17v-6m0 3a2.5 2.5 0 0 1 5 0v3',
      'LinkedIn',
    ],
  ];
}
