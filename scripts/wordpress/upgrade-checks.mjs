// For every set of options the plugin offers (scripts/wordpress/setup.php writes a
// post for each), the pre-rendered widget the post's HTML carries upgrades in place
// when its script runs: every part of the widget keeps its box, the page's height
// holds, and Chromium records no layout shift. (Pixels before and after are
// compared in tests/visual/prerendered.test.ts, for the default options.)
/* global document, window, customElements, requestAnimationFrame -- run in the page */
import assert from 'node:assert/strict';

/**
 * Runs in the page before its scripts: holds the widget's definition (the script
 * "arriving late") until the test releases it, and adds up layout shifts where the
 * engine reports them (Chromium; Firefox has no layout-shift entries).
 */
const holdUpgrade = () => {
  const define = customElements.define.bind(customElements);
  const held = [];
  window.releaseUpgrade = () => {
    window.released = performance.now();
    for (const args of held.splice(0)) define(...args);
  };
  customElements.define = (name, ...rest) =>
    name === 'mms-guidance' && !window.released ? void held.push([name, ...rest]) : define(name, ...rest);
  window.layoutShift = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ? 0 : undefined;
  if (window.layoutShift !== undefined)
    new PerformanceObserver((list) => {
      // Only shifts from the upgrade on: the theme's own, while the page loaded, are not the widget's.
      for (const entry of list.getEntries()) if (entry.startTime >= window.released) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
};

/** Every shown part of the widget with its box, and the page's height, after two frames (painted). */
const layout = (page) =>
  page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const widget = document.querySelector('mms-guidance');
    const box = (element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return [x, y, width, height].map((value) => value.toFixed(1)).join(' ');
    };
    return {
      upgraded: Boolean(customElements.get('mms-guidance')),
      page: document.documentElement.scrollHeight,
      parts: [
        `widget ${box(widget)}`,
        ...[...widget.shadowRoot.querySelectorAll('[part]')]
          .filter((part) => part.getClientRects().length > 0)
          .map((part) => `${part.getAttribute('part')} ${box(part)}`),
      ],
    };
  });

export async function checkUpgrades({ browser, engine, check, group, prerendered }) {
  for (const { options, url } of prerendered) {
    await check(
      group,
      `options ${JSON.stringify(options)}: the post's widget upgrades with no layout shift`,
      async () => {
        const page = await browser.newPage();
        await page.setViewport({ width: 1000, height: 900 });
        try {
          await page.evaluateOnNewDocument(holdUpgrade);
          await page.goto(url, { waitUntil: 'load' });
          const before = await layout(page);
          assert.equal(before.upgraded, false, 'the widget was defined before the test released it');
          assert.ok(before.parts.length > 20, `the pre-rendered widget shows its parts: ${before.parts.length}`);
          await page.evaluate(() => window.releaseUpgrade());
          await page.waitForFunction(() => document.querySelector('mms-guidance').hasUpdated, { timeout: 10000 });
          await page.evaluate(() => document.querySelector('mms-guidance').updateComplete);
          const after = await layout(page);
          assert.equal(after.upgraded, true);
          assert.deepEqual(after.parts, before.parts);
          assert.equal(after.page, before.page);
          if (engine === 'Chromium') assert.equal(await page.evaluate(() => window.layoutShift), 0, 'layout shift');
        } finally {
          await page.close();
        }
      },
    );
  }
}
