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
declare const embeds: Map<HTMLIFrameElement, URL>;
/** The latest height each frame asked for since the last animation frame. */
declare const heights: Map<HTMLIFrameElement, string>;
declare const applyHeights: () => void;
declare const sendHash: (url: URL, frame: HTMLIFrameElement) => void;
