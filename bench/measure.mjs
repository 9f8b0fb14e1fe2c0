// How run.mjs and check.mjs measure a page: the main thread to the FAQ's first
// render, and the cost of opening one item, each in a fresh throttled tab.
import { throttledTab } from './shared.mjs';

/** Chromium's script, style and layout time, in seconds: the main-thread rows. */
export const mainThreadSeconds = (metrics) =>
  ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'].reduce(
    (total, name) => total + metrics.metrics.find((m) => m.name === name).value,
    0,
  );
/**
 * Every task on the main thread, microtasks included: ScriptDuration leaves out
 * microtasks, where a Lit element renders (bench/PROFILE.md), so the row above
 * misses the widget's, Shoelace's and Lion's render.
 */
export const taskSeconds = (metrics) => metrics.metrics.find((m) => m.name === 'TaskDuration').value;

/** A fresh profile and tab, throttled, for each measurement: no cache or code cache carries over. */
async function withPage(browser, throttle, work) {
  const { context, page, cdp } = await throttledTab(browser, throttle);
  try {
    return await work(page, cdp);
  } finally {
    await context.close();
  }
}

/** Loads `url` (a page with `count` questions) until its FAQ is laid out: main thread, tasks, heap, CLS. */
export function measureLoad(browser, throttle, url, count = 10) {
  return withPage(browser, throttle, async (page, cdp) => {
    const start = await cdp.send('Performance.getMetrics');
    await page.goto(url);
    await page.waitForFunction((n) => window.__bench.ready(n), { polling: 20, timeout: 30000 }, count);
    const end = await cdp.send('Performance.getMetrics');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const cls = await page.evaluate(() => window.__bench.cls());
    return {
      mainThread: (mainThreadSeconds(end) - mainThreadSeconds(start)) * 1000,
      tasks: (taskSeconds(end) - taskSeconds(start)) * 1000,
      heap: heap / 1024 / 1024,
      cls,
    };
  });
}

/** Opens the fifth question of `url` (a page with `count` questions) and waits two frames: main thread, in ms. */
export function measureOpen(browser, throttle, url, count) {
  return withPage(browser, throttle, async (page, cdp) => {
    await page.goto(url);
    await page.waitForFunction((n) => window.__bench.ready(n), { polling: 20, timeout: 60000 }, count);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = mainThreadSeconds(await cdp.send('Performance.getMetrics'));
    await page.evaluate(async () => {
      window.__bench.open(4);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const after = mainThreadSeconds(await cdp.send('Performance.getMetrics'));
    if (!(await page.evaluate(() => window.__bench.isOpen(4)))) throw new Error(`${url}: the item did not open`);
    return (after - before) * 1000;
  });
}
