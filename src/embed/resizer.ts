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
 * - a flood of reports costs the page one height per frame per animation
 *   frame: a height already set is ignored, and the latest one waits for the
 *   next frame, so a frame posting 100,000 heights cannot keep the page in layout.
 */
/** The embed frames that have reported, with the address whose origin they proved. */
const embeds = new Map<HTMLIFrameElement, URL>();
/** The latest height each frame asked for since the last animation frame. */
const heights = new Map<HTMLIFrameElement, string>();
const applyHeights = () => {
  heights.forEach((height, frame) => (frame.style.height = height));
  heights.clear();
};

const sendHash = (url: URL, frame: HTMLIFrameElement) => {
  const hash = location.hash;
  // As the widget reads it: a prefix it would refuse means the default, never an empty one.
  const asked = url.searchParams.get('link-prefix') ?? '';
  const prefix = /^[\w-]{1,32}$/.test(asked) ? asked : 'mms-';
  const id = hash.slice(prefix.length + 1);
  if (hash === `#${prefix}${id}` && /^[a-z\d-]{1,64}$/.test(id)) {
    frame.contentWindow?.postMessage({ type: 'mms-guidance-embed:hash', hash }, url.origin);
  }
};

addEventListener('message', (event: MessageEvent<{ type?: unknown; height?: unknown }>) => {
  const height = Number(event.data?.type === 'mms-guidance-embed:height' && event.data.height);
  if (!(height > 0 && height <= 30_000)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    let url: URL;
    try {
      url = new URL(frame.src); // a srcdoc or empty frame has no address, and no trust
    } catch {
      continue;
    }
    const embed = url.pathname.endsWith('/embed.html') || frame.hasAttribute('data-mms-guidance-embed');
    // A data: or blob: frame has the opaque origin "null", which any such frame shares: no trust.
    if (embed && /^https?:$/.test(url.protocol) && url.origin === event.origin) {
      // A height already set is dropped, unless it undoes one still waiting.
      if (frame.style.height !== `${height}px` || heights.has(frame)) {
        if (!heights.size) requestAnimationFrame(applyHeights);
        heights.set(frame, `${height}px`);
      }
      if (!embeds.has(frame)) sendHash(url, frame);
      embeds.set(frame, url);
    }
  }
});

addEventListener('hashchange', () => embeds.forEach(sendHash));
