// `npm run bench:paint`: when a reader on a cheap phone first sees the key
// message, and when the FAQ first answers a tap, for the widget pre-rendered
// (dist/html/), the widget from its script alone, plain HTML (the floor) and the
// three peers, in Debian's Chromium with the CPU throttled 4x, on loopback and
// on a slow network (400 kbps down, 400 ms round trip). The variants run in
// rotating order; medians are written to bench/FIRST-PAINT.md with the gzip
// bytes of each fragment and each page's critical path. Run `npm run bench`
// once first: it installs bench/'s dependencies and builds the pages.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from '../scripts/browsers.mjs';
import { filmstripPage, framesAt, paintedFrames } from './filmstrip.mjs';
import { median, serveFolder, throttledTab } from './shared.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const site = join(here, 'site');
const runs = Number(process.env.RUNS ?? 7);
const pages = {
  prerendered: ['prerendered-10.html', '`<mms-guidance>` pre-rendered (dist/html/)'],
  widget: ['widget-10.html', '`<mms-guidance>`, script only'],
  plain: ['plain-10.html', 'plain HTML `<details>` (floor)'],
  govuk: ['govuk-10.html', 'GOV.UK Frontend accordion'],
  shoelace: ['shoelace-10.html', 'Shoelace `sl-details`'],
  lion: ['lion-10.html', 'Lion `lion-accordion`'],
};
const networks = {
  loopback: undefined,
  slow: { download: (400 * 1000) / 8, upload: (400 * 1000) / 8, latency: 400 },
};
// The filmstrips' moments, ms from navigation start: the first second on loopback; on the slow line nothing at all
// paints in the first second, so its strip runs on to when every variant has painted.
const moments = {
  loopback: [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000],
  slow: [1000, 1500, 2000, 2500, 3000, 3500, 4000, 5000, 6000],
};

/**
 * Runs in each page before its own scripts: every animation frame, notes the first
 * in which the key message is laid out (the frame then paints) and the first in
 * which the FAQ answers a tap (its questions are controls that work).
 */
const watch = () => {
  const key = 'While pregnant women should be the primary target';
  const keyMessageShown = () => {
    const widget = document.querySelector('mms-guidance');
    const candidates = widget?.shadowRoot
      ? [...widget.shadowRoot.querySelectorAll('.key-message-text')]
      : [...document.querySelectorAll('p')];
    return candidates.some((node) => node.textContent.includes(key) && node.getClientRects().length > 0);
  };
  const faqWorks = () =>
    Boolean(
      document.querySelector('details > summary') ||
      document.querySelector('button.govuk-accordion__section-button') ||
      (customElements.get('sl-details') && document.querySelector('sl-details')?.shadowRoot) ||
      (customElements.get('lion-accordion') && document.querySelector('lion-accordion')?.shadowRoot) ||
      (customElements.get('mms-guidance') && document.querySelector('mms-guidance')?.hasUpdated),
    );
  const frame = () => {
    if (window.keyPainted === undefined && keyMessageShown()) window.keyPainted = performance.now();
    if (window.faqWorks === undefined && faqWorks()) window.faqWorks = performance.now();
    if (window.keyPainted === undefined || window.faqWorks === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

const { origin, close } = await serveFolder(site);
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
const results = {};
for (const network of Object.keys(networks)) {
  for (let run = 0; run < runs; run++) {
    // Rotating order, so no variant always runs first on a cold machine.
    const order = Object.keys(pages).map((_, i, all) => all[(i + run) % all.length]);
    for (const variant of order) {
      const { context, page } = await throttledTab(browser, 4);
      if (networks[network]) await page.emulateNetworkConditions(networks[network]);
      await page.evaluateOnNewDocument(watch);
      await page.goto(`${origin}/${pages[variant][0]}`, { waitUntil: 'load', timeout: 120000 });
      await page.waitForFunction(() => window.keyPainted !== undefined && window.faqWorks !== undefined, {
        timeout: 60000,
      });
      const timing = await page.evaluate(() => [window.keyPainted, window.faqWorks]);
      ((results[network] ??= {})[variant] ??= []).push(timing);
      await context.close();
    }
  }
}
// One traced load per variant and network, outside the timed runs (tracing has its own cost).
for (const network of Object.keys(networks)) {
  const rows = [];
  for (const variant of Object.keys(pages)) {
    const frames = await paintedFrames(browser, `${origin}/${pages[variant][0]}`, networks[network]);
    rows.push([pages[variant][1].replaceAll('`', '').replace(/</g, '&lt;'), framesAt(frames, moments[network])]);
  }
  const page = await browser.newPage();
  await page.setContent(
    filmstripPage(
      `${network === 'slow' ? '400 kbps, 400 ms RTT' : 'Loopback'}, CPU 4x: what the reader sees, ms from navigation start`,
      moments[network],
      rows,
    ),
  );
  await page.screenshot({ path: join(here, `first-second-${network}.png`), fullPage: true });
  await page.close();
}
await browser.close();
close();

const gzip = (file) => gzipSync(readFileSync(join(site, file)), { level: 9 }).length;
const fragments = ['en', 'fr', 'es', 'pt', 'ur'].map((lang) => [
  lang,
  gzipSync(readFileSync(join(here, `../dist/html/mms-guidance.${lang}.html`)), { level: 9 }).length,
]);
// Before the first paint a page needs its HTML and its render-blocking CSS; module scripts do not block it.
const critical = {
  prerendered: gzip('prerendered-10.html'),
  widget: gzip('widget-10.html'),
  plain: gzip('plain-10.html') + gzip('plain.css'),
  govuk: gzip('govuk-10.html') + gzip('govuk-frontend.min.css'),
  shoelace: gzip('shoelace-10.html') + gzip('shoelace-light.css'),
  lion: gzip('lion-10.html'),
};
const ms = (value) => value.toFixed(0);
const rows = [];
for (const network of Object.keys(networks)) {
  const floor = median(results[network].plain.map(([key]) => key));
  for (const variant of Object.keys(pages)) {
    const key = median(results[network][variant].map(([k]) => k));
    const works = median(results[network][variant].map(([, w]) => w));
    rows.push(
      `| ${network === 'slow' ? '400 kbps, 400 ms RTT' : 'loopback'} | ${pages[variant][1]} | ${ms(key)} (${(key / floor).toFixed(2)}×) | ${ms(works)} | ${critical[variant].toLocaleString('en')} |`,
    );
  }
}
const table = `# First paint of the key message, and a working FAQ

\`npm run bench:paint\`, ${new Date().toISOString().slice(0, 10)}: Debian's Chromium, CPU throttled 4x, a 412×915 phone viewport,
${runs} runs per variant in rotating order, medians in milliseconds from navigation start (the ratio is to the plain-HTML
floor in the same network). "Key message painted": the first animation frame in which it is laid out. "FAQ works": the
first frame in which a tap on a question would open it. Critical path: gzip bytes of the page and its render-blocking CSS.

| network | variant | key message painted, ms (× floor) | FAQ works, ms | critical path, gzip B |
| --- | --- | ---: | ---: | ---: |
${rows.join('\n')}

What the reader sees, one traced load per variant (a blank cell: nothing painted yet): the first second on loopback,
[first-second-loopback.png](first-second-loopback.png), and the slow line to 6 s,
[first-second-slow.png](first-second-slow.png).

![Filmstrips on loopback](first-second-loopback.png)

![Filmstrips at 400 kbps](first-second-slow.png)

Pre-rendered fragments, gzip bytes: ${fragments.map(([lang, bytes]) => `${lang} ${bytes.toLocaleString('en')}`).join(', ')}.
`;
writeFileSync(join(here, 'FIRST-PAINT.md'), table);
console.log(table);
