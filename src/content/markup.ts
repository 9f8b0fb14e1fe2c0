import { linkProtocols, safeUrl } from '../internal/urls.js';

/**
 * The whole markup content may use: `[label](url)` for a link and `*words*`
 * for emphasis. Nothing nests and nothing else is markup, so every other
 * character, `<` included, is text. A label runs to the first `]`, which must
 * be followed by `(`; a URL runs to the first `)`, with no space in it.
 * A piece of markup keeps its words (a link's label) as `text`; a link adds its `url`.
 */
export type Piece = string | { text: string; url?: string };

/**
 * The first index at or after `from` where `pattern` matches in `text`, or -1.
 * The scan only ever asks for the same or later positions, so an answer found
 * before stands until it is passed (and "none" stands for good): each finder
 * searches the text once in all, and the whole scan is linear however the
 * markup is (un)closed. (tests/security-rich-text.test.ts counts the work by
 * watching RegExp exec, so nothing here counts it.)
 */
function finder(text: string, pattern: RegExp): (from: number) => number {
  let found = -2; // not searched yet
  return (from) => {
    if (found !== -1 && found < from) {
      pattern.lastIndex = from;
      found = pattern.exec(text)?.index ?? -1;
    }
    return found;
  };
}

function scan(text: string): Piece[] {
  const next = finder(text, /[[*]/g);
  const closeBracket = finder(text, /]/g);
  const urlEnd = finder(text, /[)\s]/g);
  const star = finder(text, /\*/g);
  const pieces: Piece[] = [];
  let last = 0;
  for (let at = next(0); at !== -1;) {
    let end = -1;
    let piece: Piece | undefined;
    if (text[at] === '*') {
      end = star(at + 1);
      if (end > at + 1) piece = { text: text.slice(at + 1, end) };
    } else {
      const close = closeBracket(at + 1);
      if (close > at + 1 && text[close + 1] === '(') {
        end = urlEnd(close + 2);
        if (end > close + 2 && text[end] === ')')
          piece = { text: text.slice(at + 1, close), url: text.slice(close + 2, end) };
      }
    }
    if (piece) {
      pieces.push(text.slice(last, at), piece);
      last = end + 1;
      at = next(last);
    } else at = next(at + 1);
  }
  pieces.push(text.slice(last));
  return pieces;
}

/** Remembers each text's result, so a render reuses it: rich text is scanned when content changes, not on every render. */
export function remembered<T>(make: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      if (known.size >= 500) known.clear();
      known.set(text, (result = make(text)));
    }
    return result;
  };
}

/** Rich text as its pieces: plain strings, and each `*words*` or `[label](url)`. */
export const piecesOf = remembered(scan);

/** The link URLs in rich text that `richText` will not link, so they can be reported once. */
export const unsafeLinks = (text: string): string[] =>
  piecesOf(text).flatMap((piece) =>
    typeof piece === 'object' && piece.url !== undefined && !safeUrl(piece.url, linkProtocols) ? [piece.url] : [],
  );

/** Rich text as plain text, for where no markup can go: `[label](url)` becomes its label, `*words*` its words. */
export const plainText = (text: string): string =>
  piecesOf(text)
    .map((piece) => (typeof piece === 'string' ? piece : piece.text))
    .join('');
