// Times the hostile rich text of issue 17 in Chromium: a key message of
// `'[a](b'.repeat(20000)` (100,000 characters of unclosed links) given as
// inline partner content. Three builds of src/index.ts:
// - shipped: as built, where the 4,000-character field limit refuses the text;
// - uncapped: the same with no field limit, so the rich-text scan itself runs on all of it;
// - before: the uncapped build with the rich text of before the fix (a backtracking pattern, parsed per render).
// Measures, in a fresh tab each run, the first render (element added → rendered and laid out) and a
// question toggle (click → rendered and laid out), at 1x and 4x CPU throttling. Writes RICH-TEXT.md.
// Run: node bench/rich-text.mjs (from the repository root or bench/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, ensureBrowsers } from '../scripts/browsers.mjs';
import { median, serveFolder } from './shared.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'site', 'rich-text'); // bench/site/ is ignored by git
const runs = Number(process.env.RUNS ?? 7);
/** The last commit with the old rich text. */
const before = 'b386f0b';

const replace = (file, contents) => ({
  name: `replace-${file}`,
  setup(builder) {
    builder.onLoad({ filter: new RegExp(`src/${file.replace('.', '\\.')}$`) }, () => ({ contents, loader: 'ts' }));
  },
});
const uncapped = replace(
  'content/partner.ts',
  readFileSync(join(root, 'src/content/partner.ts'), 'utf8').replace(
    'export const textLimit = 4000;',
    'export const textLimit = Infinity;',
  ),
);
// It lived in src/ then, beside urls.ts, before the feature folders.
const oldRichText = replace(
  'content/rich-text.ts',
  execFileSync('git', ['-C', root, 'show', `${before}:src/rich-text.ts`], { encoding: 'utf8' }).replace(
    "from './urls.js'",
    "from '../internal/urls.js'",
  ),
);
const builds = { shipped: [], uncapped: [uncapped], before: [uncapped, oldRichText] };

mkdirSync(out, { recursive: true });
for (const [name, plugins] of Object.entries(builds)) {
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    outfile: join(out, `${name}.js`),
    plugins,
    logLevel: 'error',
  });
  writeFileSync(
    join(out, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><script type="module" src="${name}.js"></script></head><body></body></html>`,
  );
}

const { origin, close: closeServer } = await serveFolder(out);

ensureBrowsers();
const browser = await puppeteer.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: chromiumArgs,
});

/** In the page: adds the widget with the hostile key message, then toggles questions; times both. */
async function measureInPage(keyMessage) {
  await customElements.whenDefined('mms-guidance');
  const laidOut = (node) => node.getBoundingClientRect().height;
  const widget = document.createElement('mms-guidance');
  const content = document.createElement('script');
  content.type = 'application/json';
  content.textContent = JSON.stringify({ en: { card: { keyMessage } } });
  widget.append(content);
  const start = performance.now();
  document.body.append(widget);
  await widget.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await widget.updateComplete;
  laidOut(widget);
  const render = performance.now() - start;
  const toggles = [];
  const buttons = widget.shadowRoot.querySelectorAll('[part="faq-question"]');
  for (let i = 0; i < 10; i++) {
    const startToggle = performance.now();
    buttons[i].click();
    await widget.updateComplete;
    laidOut(widget);
    toggles.push(performance.now() - startToggle);
  }
  toggles.sort((a, b) => a - b);
  const shown = widget.shadowRoot.querySelector('[part="key-message-text"]').textContent.length;
  return { render, toggle: toggles[5], shown };
}

const hostile = '[a](b'.repeat(20000);
/** [build, key message, label]: the plain text of the same length isolates what laying out 100,000 characters costs. */
const cases = [
  ['shipped', hostile, 'shipped'],
  ['uncapped', hostile, 'uncapped'],
  ['uncapped', 'a b c'.repeat(20000), 'uncapped, plain text of the same length'],
  ['before', hostile, 'before'],
];
const results = [];
for (const throttle of [1, 4]) {
  for (const [name, keyMessage, label] of cases) {
    // The old code takes seconds per render and per toggle; once, unthrottled, shows it.
    if (name === 'before' && throttle > 1) continue;
    const measured = [];
    const count = name === 'before' ? 1 : runs;
    for (let run = 0; run < count; run++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.goto(`${origin}/${name}.html`);
      measured.push(await page.evaluate(measureInPage, keyMessage));
      await context.close();
    }
    results.push({
      name: label,
      throttle,
      render: median(measured.map((m) => m.render)),
      toggle: median(measured.map((m) => m.toggle)),
      shown: measured[0].shown,
    });
  }
}
await browser.close();
closeServer();

const chromium = execFileSync(browserPaths.chromium, ['--version'], { encoding: 'utf8' }).trim();
const table = results
  .map(
    (r) =>
      `| ${r.name} | ${r.throttle}x | ${r.shown.toLocaleString('en')} | ${r.render.toFixed(1)} ms | ${r.toggle.toFixed(1)} ms |`,
  )
  .join('\n');
const report = `# Hostile rich text: \`'[a](b'.repeat(20000)\` as the key message

Written by \`node bench/rich-text.mjs\` on ${new Date().toISOString().slice(0, 10)}, ${chromium}. Medians of ${runs} runs (*before*: one run, unthrottled only), a fresh browser context per run.
*Render*: the element added to the page until rendered and laid out. *Toggle*: the median of ten question clicks, each until rendered and laid out.
*shipped* refuses the 100,000-character text (over the 4,000-character field limit) and shows the built-in key message;
*uncapped* lifts that limit so the scan runs on the whole text; *before* is uncapped with the rich text of ${before} (backtracking pattern, parsed on every render).

| build | CPU | key message shown (characters) | render | toggle |
| --- | --- | --- | --- | --- |
${table}
`;
writeFileSync(join(here, 'RICH-TEXT.md'), report);
console.log(report);
