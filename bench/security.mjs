// `npm run bench:security [-- --dist <folder>]`: what three attacks of issue 27
// cost a partner's page, in Debian's Chromium, unthrottled, for the bundles in
// <folder> (dist/ by default; give an older dist/ to compare):
// - flood: a trusted embed frame on another origin posts 100,000 alternating
//   heights; long-task time on the partner page, from the first message to the
//   last height applied; the same with equal heights, and on a page with no
//   resizer (what the messages alone cost);
// - listener: the resizer's own work, apart from the delivery: 100,000 height
//   messages dispatched inside the page as from a frame that has reported,
//   against the same loop with no resizer;
// - content: a 250 KB content-src with 23,737 unknown keys; console calls and
//   long tasks on the page until the content has been checked;
// - conditional colour: embed.html with `surface-color=if(media(width > 650px): …)`
//   and `text-color=#000`, framed at 600 px, then widened to 700 px; the text's
//   contrast on its background at each width.
// Prints a table; timings vary from run to run on a shared machine.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from '../scripts/browsers.mjs';
import { serveFolder } from './shared.mjs';

const at = process.argv.indexOf('--dist');
const dist = resolve(at > 0 ? process.argv[at + 1] : 'dist');
const folder = mkdtempSync(join(tmpdir(), 'mms-bench-security-'));
cpSync(dist, folder, { recursive: true });

const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;
// The flooding frame: told how many heights, it posts them, then says so.
writeFileSync(
  join(folder, 'flood.js'),
  `addEventListener('message', (event) => {
    if (event.data?.type !== 'flood') return;
    const step = event.data.alternating ? 100 : 0;
    for (let i = 0; i < event.data.count; i++) parent.postMessage({ type: 'mms-guidance-embed:height', height: 300 + (i % 2) * step }, '*');
    parent.postMessage({ type: 'mms-guidance-embed:height', height: 350 }, '*');
    parent.postMessage({ type: 'flood-done' }, '*');
  });`,
);
writeFileSync(join(folder, 'flood.html'), page('<script src="flood.js"></script>'));
writeFileSync(join(folder, 'partner.html'), page('<script type="module" src="embed-resizer.js"></script>'));
writeFileSync(join(folder, 'bare.html'), page(''));
writeFileSync(join(folder, 'content-page.html'), page('<script type="module" src="mms-guidance.js"></script>'));
const keys = Array.from({ length: 23_737 }, (_, i) => `"k${i.toString(36)}":0`).join(',');
writeFileSync(join(folder, 'keys.json'), `{"en":{${keys}}}`);

const server = await serveFolder(folder);
const other = server.origin.replace('127.0.0.1', 'localhost');
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });

/** A tab that sums the long tasks it runs from now on: window.longTasks() gives [count, total ms]. */
async function tab(url) {
  const tab = await browser.newPage();
  await tab.evaluateOnNewDocument(() => {
    const tasks = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
      type: 'longtask',
    });
    window.longTasks = () => [tasks.length, Math.round(tasks.reduce((sum, each) => sum + each, 0))];
  });
  await tab.goto(url);
  return tab;
}

/** Chromium's own counters for a tab: main-thread task time, layouts and style recalculations. */
async function counters(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((metric) => metric.name === name).value;
    return { task: get('TaskDuration') * 1000, layouts: get('LayoutCount'), styles: get('RecalcStyleCount') };
  };
}

/** `resizer: false` floods a page without the resizer: what the messages alone cost. */
async function flood(origin, { resizer = true, alternating = true } = {}) {
  const partner = await tab(`${server.origin}/${resizer ? 'partner' : 'bare'}.html`);
  const read = await counters(partner);
  await partner.evaluate(
    (src) =>
      new Promise((done) => {
        const frame = document.createElement('iframe');
        frame.setAttribute('data-mms-guidance-embed', '');
        frame.onload = done;
        frame.src = src;
        document.body.append(frame);
      }),
    `${origin}/flood.html`,
  );
  const before = await read();
  const result = await partner.evaluate(
    (alternating) =>
      new Promise((resolve) => {
        const frame = document.querySelector('iframe');
        const start = window.longTasks();
        addEventListener('message', (event) => {
          if (event.data?.type !== 'flood-done') return;
          // The resizer applies the last height at the next animation frame at the latest.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const [count, total] = window.longTasks();
              resolve({ tasks: count - start[0], ms: total - start[1], height: frame.style.height });
            }),
          );
        });
        frame.contentWindow.postMessage({ type: 'flood', count: 100_000, alternating }, '*');
      }),
    alternating,
  );
  const after = await read();
  await partner.close();
  const task = Math.round(after.task - before.task);
  return `${result.ms} ms in ${result.tasks} long tasks; ${task} ms of tasks, ${after.layouts - before.layouts} layouts, ${after.styles - before.styles} style recalculations (ends at ${result.height})`;
}

/**
 * The resizer's own work per message, without the browser's delivery: 100,000
 * height messages (alternating, or all equal) dispatched inside the partner
 * page as if from a frame that has already reported once; the median of 5
 * loops' time, with the resizer and without it.
 */
async function listener(origin, { resizer = true, alternating = true } = {}) {
  const partner = await tab(`${server.origin}/${resizer ? 'partner' : 'bare'}.html`);
  const ms = await partner.evaluate(
    async (src, alternating) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('data-mms-guidance-embed', '');
      await new Promise((done) => {
        frame.onload = done;
        frame.src = src;
        document.body.append(frame);
      });
      // One real report, so the resizer has met the frame.
      await new Promise((done) => {
        addEventListener('message', (event) => event.data?.type === 'flood-done' && done());
        frame.contentWindow.postMessage({ type: 'flood', count: 1, alternating }, '*');
      });
      const source = frame.contentWindow;
      const origin = new URL(src).origin;
      const loops = [];
      for (let loop = 0; loop < 5; loop++) {
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
        const start = performance.now();
        for (let i = 0; i < 100_000; i++) {
          const data = { type: 'mms-guidance-embed:height', height: 300 + (alternating ? (i % 2) * 100 : 0) };
          dispatchEvent(new MessageEvent('message', { data, origin, source }));
        }
        loops.push(performance.now() - start);
      }
      return loops.sort((a, b) => a - b)[2];
    },
    `${origin}/flood.html`,
    alternating,
  );
  await partner.close();
  return ms;
}

async function content() {
  const tab2 = await browser.newPage();
  let calls = 0;
  tab2.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) calls++;
  });
  await tab2.evaluateOnNewDocument(() => {
    const tasks = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
      type: 'longtask',
    });
    window.longTasks = () => [tasks.length, Math.round(tasks.reduce((sum, each) => sum + each, 0))];
  });
  await tab2.goto(`${server.origin}/content-page.html`);
  await tab2.evaluate(() => customElements.whenDefined('mms-guidance'));
  const result = await tab2.evaluate(
    () =>
      new Promise((resolve) => {
        const widget = document.createElement('mms-guidance');
        const start = window.longTasks();
        const originalError = console.error;
        let done;
        console.error = (...args) => {
          originalError(...args);
          clearTimeout(done);
          done = setTimeout(() => {
            const [count, total] = window.longTasks();
            resolve({ tasks: count - start[0], ms: total - start[1] });
          }, 500);
        };
        widget.setAttribute('content-src', 'keys.json');
        document.body.append(widget);
      }),
  );
  await tab2.close();
  return `${calls} console calls; ${result.ms} ms in ${result.tasks} long tasks`;
}

async function conditionalColour() {
  const partner = await browser.newPage();
  await partner.goto(`${server.origin}/partner.html`);
  const query = new URLSearchParams({
    'surface-color': 'if(media(width > 650px): linear-gradient(#000,#000); else: #fff)',
    'text-color': '#000',
  });
  await partner.evaluate(
    (src) =>
      new Promise((done) => {
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width: 600px; height: 800px; border: 0';
        frame.onload = done;
        frame.src = src;
        document.body.append(frame);
      }),
    `${server.origin}/embed.html?${query}`,
  );
  const frame = partner.frames().find((each) => each.url().includes('embed.html'));
  const seen = () =>
    frame.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const widget = document.querySelector('mms-guidance');
      await widget.updateComplete;
      const card = widget.shadowRoot.querySelector('.card');
      const style = getComputedStyle(card);
      const channels = (color) =>
        (/rgba?\(([\d.]+), ([\d.]+), ([\d.]+)/.exec(color) ?? [0, 0, 0, 0]).slice(1).map(Number);
      const luminance = (color) => {
        const [r, g, b] = channels(color).map((value) => {
          const c = value / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      // A gradient paints over the background colour: its first stop is what the text sits on.
      const image = /gradient\((rgba?\([^)]*\))/.exec(style.backgroundImage)?.[1];
      const [light, dark] = [luminance(style.color), luminance(image ?? style.backgroundColor)].sort((a, b) => b - a);
      return ((light + 0.05) / (dark + 0.05)).toFixed(2);
    });
  await customElementsIn(frame);
  const narrow = await seen();
  await partner.evaluate(() => (document.querySelector('iframe').style.width = '700px'));
  const wide = await seen();
  await partner.close();
  return `${narrow}:1 at 600 px, ${wide}:1 at 700 px`;
}

const customElementsIn = (frame) => frame.evaluate(() => customElements.whenDefined('mms-guidance'));

try {
  console.log(`Bundles: ${dist}\n`);
  console.log('| Attack | On the partner page |\n| --- | --- |');
  console.log(`| 100,000 alternating heights, frame on another site | ${await flood(other)} |`);
  console.log(`| 100,000 alternating heights, frame on the same origin | ${await flood(server.origin)} |`);
  console.log(`| 100,000 equal heights, frame on another site | ${await flood(other, { alternating: false })} |`);
  console.log(
    `| 100,000 alternating heights, frame on another site, no resizer on the page | ${await flood(other, { resizer: false })} |`,
  );
  const bare = await listener(other, { resizer: false });
  const each = async (alternating) => {
    const ms = await listener(other, { alternating });
    return `${Math.round(ms)} ms (${Math.round(ms - bare)} ms more than no resizer, ${(((ms - bare) / 100_000) * 1000).toFixed(2)} µs a message)`;
  };
  console.log(
    `| 100,000 alternating heights dispatched in the page from a frame on another site (no delivery) | ${await each(true)} |`,
  );
  console.log(`| 100,000 equal heights, the same | ${await each(false)} |`);
  console.log(`| 100,000 heights dispatched in the page, no resizer | ${Math.round(bare)} ms |`);
  console.log(`| 23,737 unknown keys in content-src | ${await content()} |`);
  console.log(`| conditional colour in embed.html | ${await conditionalColour()} |`);
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}
