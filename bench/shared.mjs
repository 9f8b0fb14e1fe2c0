// What the benchmarks share: the page they measure, a static server for the
// folder of pages, on loopback, a fresh throttled tab, and the median of runs.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves a folder on a free 127.0.0.1 port; nothing outside it. */
export async function serveFolder(folder) {
  const server = createServer((request, response) => {
    const path = join(folder, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(folder + sep)) return response.writeHead(403).end();
    response.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
    createReadStream(path)
      .on('error', () => response.writeHead(404).end())
      .pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
}

/** A benchmark page: the probe (bench/probe.js) loads first in every one, after the variant's own head. */
export const benchPage = ({ head, body, bodyClass = '' }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>MMS guidance benchmark</title>
${head}
<script src="probe.js"></script>
</head>
<body class="${bodyClass}">
${body}
</body>
</html>
`;

/** The widget's 200-question page's script: its English content with the FAQ repeated, ids made unique. */
export const widget200 = `// 200 questions: partner content may only reword the 10 built-in ones, so this reaches
// into the widget's content controller (a private field) to give English 200 items.
const widget = document.querySelector('mms-guidance');
await customElements.whenDefined('mms-guidance');
const texts = widget.texts;
const [english, ...others] = texts.languages;
const items = Object.entries(english.faq);
const faq = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [items[i % items.length][0] + '-' + i, items[i % items.length][1]]));
texts.languages = [{ ...english, faq }, ...others];
// refresh(), not requestUpdate(): the controller re-chooses its content only once told something changed.
texts.refresh();
`;

/**
 * A fresh browser profile and tab at a phone's 412×915, its CPU throttled and
 * Chromium's performance metrics on: no cache or code cache carries over.
 * Close the returned context when done.
 */
export async function throttledTab(browser, throttle) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 412, height: 915, deviceScaleFactor: 1 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}
