/**
 * For the partner page around an embed.html iframe:
 * - sets each such frame's height to what the frame reports, so it never
 *   scrolls inside the page. Only messages of the right type, with a sane
 *   height, from a frame on this page count. The frame is found by its window,
 *   or, where an engine hands over a different window object (WebKit here), by
 *   the address it reports;
 * - passes the page's fragment to each such frame, when it first reports and
 *   whenever the fragment changes, so a link to the page at `#mms-evidence`
 *   opens that question inside the frame.
 */
const embeds = new WeakSet<HTMLIFrameElement>();

const sendHash = (frame: HTMLIFrameElement) =>
  frame.contentWindow?.postMessage({ type: 'mms-guidance-embed:hash', hash: location.hash }, new URL(frame.src).origin);

window.addEventListener('message', (event: MessageEvent<{ type?: unknown; height?: unknown; href?: unknown }>) => {
  if (event.data?.type !== 'mms-guidance-embed:height') return;
  const height = Number(event.data.height);
  if (!Number.isFinite(height) || height <= 0 || height > 100_000) return;
  const frames = [...document.querySelectorAll('iframe')];
  const bySource = frames.filter((frame) => frame.contentWindow === event.source);
  const byAddress = frames.filter((frame) => frame.src === event.data.href);
  for (const frame of bySource.length > 0 ? bySource : byAddress) {
    frame.style.height = `${height}px`;
    if (!embeds.has(frame)) sendHash(frame);
    embeds.add(frame);
  }
});

window.addEventListener('hashchange', () => {
  for (const frame of document.querySelectorAll('iframe')) if (embeds.has(frame)) sendHash(frame);
});
