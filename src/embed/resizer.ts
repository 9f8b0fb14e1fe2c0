/**
 * For the partner page around an embed.html iframe, this script runs on the
 * PARTNER'S OWN page, so it trusts no one:
 * - it sets an embed frame's height to what that frame reports. A report
 *   counts only if it comes from the window of an iframe on this page whose
 *   src names an `embed.html` (or which carries `data-mms-guidance-embed`), and
 *   from that src's origin; nothing else (an ad, an opener, a frame inside a
 *   frame) can size or find any frame;
 * - it passes the page's fragment to each such frame, when it first reports
 *   and whenever the fragment changes, so a link to the page at `#mms-evidence`
 *   opens that question inside the frame. Only a fragment naming a question
 *   (the frame's link prefix, then an id) goes, and only to the frame's
 *   origin: a fragment can carry a page's secrets (`#access_token=…`);
 * - a flood of reports costs the page as little as a message can: once a
 *   frame has proved itself, a report is checked against what is remembered
 *   of it (its window, its src, its origin) without looking through the
 *   page's frames or parsing an address; a height equal to the last one it
 *   asked for costs nothing more, and the latest other one waits for the next
 *   animation frame, so a frame posting 100,000 heights sets one per frame.
 */
/** An embed frame that has reported: the src whose origin it proved, whether it names embed.html, the height last asked. */
interface Embed {
  frame: HTMLIFrameElement;
  src: string | null;
  url: URL;
  named: boolean;
  height: number;
}
const marked = (frame: HTMLIFrameElement) => frame.hasAttribute('data-mms-guidance-embed');
/** The embed frames that have reported, by their window. */
const embeds = new Map<MessageEventSource, Embed>();
/** The frames whose latest height waits for the next animation frame. */
const waiting = new Set<Embed>();
const applyHeights = () => {
  waiting.forEach((embed) => (embed.frame.style.height = `${embed.height}px`));
  waiting.clear();
};

const sendHash = ({ url, frame }: Embed) => {
  const hash = location.hash;
  // As the widget reads it: a prefix it would refuse means the default, never an empty one.
  const asked = url.searchParams.get('link-prefix') ?? '';
  const prefix = /^[\w-]{1,32}$/.test(asked) ? asked : 'mms-';
  const id = hash.slice(prefix.length + 1);
  if (hash === `#${prefix}${id}` && /^[a-z\d-]{1,64}$/.test(id)) {
    frame.contentWindow?.postMessage({ type: 'mms-guidance-embed:hash', hash }, url.origin);
  }
};

/** The embed frame whose window sent a message, found among the page's frames, or undefined. */
function embedOf(source: MessageEventSource, origin: string): Embed | undefined {
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== source) continue;
    let url: URL;
    try {
      url = new URL(frame.src); // a srcdoc or empty frame has no address, and no trust
    } catch {
      return undefined;
    }
    const named = url.pathname.endsWith('/embed.html');
    // A data: or blob: frame has the opaque origin "null", which any such frame shares: no trust.
    if ((named || marked(frame)) && /^https?:$/.test(url.protocol) && url.origin === origin) {
      const known = { frame, src: frame.getAttribute('src'), url, named, height: 0 };
      embeds.set(source, known);
      sendHash(known);
      return known;
    }
  }
  return undefined;
}

/** Still in the page, at the src it proved, still an embed, and still showing that src's origin. */
const stillTrusted = ({ frame, src, named, url }: Embed, origin: string) =>
  frame.isConnected && frame.getAttribute('src') === src && (named || marked(frame)) && origin === url.origin;

addEventListener('message', ({ data, source, origin }: MessageEvent<{ type?: unknown; height?: unknown } | null>) => {
  if (data?.type !== 'mms-guidance-embed:height' || !source) return;
  const height = Number(data.height);
  if (!(height > 0 && height <= 30_000)) return;
  let embed = embeds.get(source);
  if (!embed || !stillTrusted(embed, origin)) {
    embeds.delete(source);
    embed = embedOf(source, origin);
    if (!embed) return;
  }
  if (height === embed.height) return;
  embed.height = height;
  if (!waiting.size) requestAnimationFrame(applyHeights);
  waiting.add(embed);
});

addEventListener('hashchange', () =>
  embeds.forEach((embed, source) => (embed.frame.isConnected ? sendHash(embed) : embeds.delete(source))),
);

// A module, so its names stay its own: none of them reaches the page's globals, or its types.
export {};
