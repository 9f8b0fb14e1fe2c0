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
declare const embeds: WeakSet<HTMLIFrameElement>;
declare const sendHash: (frame: HTMLIFrameElement) => void | undefined;
