// `npm run bench:upgrade`: what the script costs when it takes over a
// pre-rendered widget, done two ways: the clean render the widget ships
// (MmsGuidance.createRenderRoot keeps the server's nodes until its own render
// replaces them) and Lit's hydration (@lit-labs/ssr-client's support module,
// loaded before Lit, reusing the server's DOM through its markers).
// Both are bundled the same way (esbuild, minified, from dist/npm/) so only the
// upgrade differs: their gzip bytes, and in Debian's Chromium at 4x CPU the
// main-thread time from customElements.define() to the first update complete,
// and the page's whole script time. Writes bench/UPGRADE.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { serverRenderer } from '../build/server-render.mjs';
import { browserPaths, chromiumArgs } from '../scripts/browsers.mjs';
import { benchPage, median, serveFolder, throttledTab } from './shared.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const site = join(here, 'site-upgrade');
const runs = Number(process.env.RUNS ?? 15);

/** Defines the element, then notes how long the define and the first update took on the main thread. */
const timed = (define) => `const widget = document.querySelector('mms-guidance');
const start = performance.now();
${define}
await widget.updateComplete;
window.upgradeMs = performance.now() - start;
`;
// Absolute paths, so Lit resolves from the project's node_modules (bench/'s peers bring copies of their own).
const element = join(root, 'dist/npm/mms-guidance.js');
const entries = {
  clean: `import { MmsGuidance } from '${element}';
${timed("customElements.define('mms-guidance', MmsGuidance);")}`,
  // Hydration needs the server's DOM left in place: the shipped element sets its own nodes aside, so undo that.
  hydrate: `import '${join(root, 'node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js')}';
import { MmsGuidance } from '${element}';
class Hydrated extends MmsGuidance {
  createRenderRoot() {
    const root = super.createRenderRoot();
    this.prerendered = [];
    delete this.renderOptions.renderBefore;
    return root;
  }
}
${timed("customElements.define('mms-guidance', Hydrated);")}`,
};

rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
const serverRender = await serverRenderer(root);
const fragments = {
  clean: readFileSync(join(root, 'dist/html/mms-guidance.en.html'), 'utf8'),
  hydrate: serverRender({ lang: 'en', markers: true }),
};
const bytes = {};
for (const [name, source] of Object.entries(entries)) {
  writeFileSync(join(site, `${name}.entry.js`), source);
  await build({
    entryPoints: [join(site, `${name}.entry.js`)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(site, `${name}.js`),
    logLevel: 'error',
  });
  writeFileSync(
    join(site, `${name}.html`),
    benchPage({ head: '', body: `${fragments[name]}\n<script type="module" src="${name}.js"></script>` }),
  );
  bytes[name] = {
    script: gzipSync(readFileSync(join(site, `${name}.js`)), { level: 9 }).length,
    fragment: gzipSync(fragments[name], { level: 9 }).length,
  };
}
writeFileSync(join(site, 'probe.js'), readFileSync(join(here, 'probe.js')));

const { origin, close } = await serveFolder(site);
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
const samples = { clean: [], hydrate: [] };
for (let run = 0; run < runs; run++) {
  for (const name of run % 2 ? ['hydrate', 'clean'] : ['clean', 'hydrate']) {
    const { context, page, cdp } = await throttledTab(browser, 4);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.upgradeMs !== undefined, { timeout: 60000 });
    // What the reader gets must be the same both ways: ten working questions, the text once.
    const check = await page.evaluate(() => {
      const root = document.querySelector('mms-guidance').shadowRoot;
      return {
        upgradeMs: window.upgradeMs,
        buttons: root.querySelectorAll('button[aria-expanded]').length,
        keyMessages: root.querySelectorAll('.key-message-text').length,
      };
    });
    if (errors.length || check.buttons !== 10 || check.keyMessages !== 1)
      throw new Error(`${name}: ${JSON.stringify({ errors, ...check })}`);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (key) => metrics.find((entry) => entry.name === key).value * 1000;
    samples[name].push({
      upgrade: check.upgradeMs,
      task: metric('TaskDuration'),
      script: metric('ScriptDuration'),
      style: metric('RecalcStyleDuration') + metric('LayoutDuration'),
    });
    await context.close();
  }
}
await browser.close();
close();

const ms = (name, key) => median(samples[name].map((sample) => sample[key])).toFixed(1);
/** Which upgrade took less time for what, as a phrase; within 10% counts as the same on this machine. */
const compare = (key, what) => {
  const [clean, hydrate] = [Number(ms('clean', key)), Number(ms('hydrate', key))];
  if (Math.abs(clean - hydrate) <= 0.1 * Math.max(clean, hydrate)) return `${what} took about as long either way`;
  const [faster, slower] = hydrate < clean ? ['hydration', 'the clean render'] : ['the clean render', 'hydration'];
  return `${what} took ${Math.abs(clean - hydrate).toFixed(0)} ms less with ${faster} than with ${slower}`;
};
const label = {
  clean: 'clean render (shipped)',
  hydrate: "Lit's hydration (`@lit-labs/ssr-client`)",
};
const table = `# Taking over a pre-rendered widget: clean render or hydration

\`npm run bench:upgrade\`, ${new Date().toISOString().slice(0, 10)}: the English pre-rendered widget, its script
bundled both ways with esbuild from \`dist/npm/\` (minified, all languages, so only the upgrade differs), in Debian's
Chromium with the CPU throttled 4x, ${runs} runs each, alternating; medians. "Upgrade": main-thread time from
\`customElements.define()\` to the first update complete. "Script": Chromium's ScriptDuration for the whole page
(parsing, compiling and running the bundle included); "Style and layout": its RecalcStyleDuration and LayoutDuration;
"Main thread": its TaskDuration, everything the page's main thread did until then. Each run checks the result: ten question buttons, one key message,
no error.

| upgrade | script, gzip B | fragment, gzip B | upgrade, ms | script, ms | style and layout, ms | main thread, ms |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${Object.keys(entries)
  .map(
    (name) =>
      `| ${label[name]} | ${bytes[name].script.toLocaleString('en')} | ${bytes[name].fragment.toLocaleString('en')} | ${ms(name, 'upgrade')} | ${ms(name, 'script')} | ${ms(name, 'style')} | ${ms(name, 'task')} |`,
  )
  .join('\n')}

Hydration adds ${(bytes.hydrate.script - bytes.clean.script).toLocaleString('en')} B gzip to the script (the same
support module would be added to each bundle) and ${(bytes.hydrate.fragment - bytes.clean.fragment).toLocaleString('en')} B
to each fragment (its markers).

In this run ${compare('upgrade', 'the upgrade itself')}, and ${compare('task', "the page's main thread as a whole")}.

Why the widget ships the clean render: whatever hydration saves on the main thread, its bytes land on every reader.
The support module would go into every bundle, script-only embeds included (most partners), and past the bundles'
budgets; the markers make every fragment bigger, and the fragment is the critical path of the first paint on a slow
line. Hydration also needs the server's render and the browser's to match exactly, and they cannot always: the share bar
depends on the reader's phone (\`navigator.share\`), which a server cannot know. And the upgrade waits until the
guidance has painted (src/index.ts), so its cost never delays what the reader sees first.
`;
writeFileSync(join(here, 'UPGRADE.md'), table);
rmSync(site, { recursive: true, force: true });
console.log(table);
