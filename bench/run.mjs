// Measures the five variants written by build.mjs in Debian's Chromium, driven
// by puppeteer-core, with the CPU throttled 4x as on a low-end phone. The
// variants run in rotating order, RUNS times each (default 10); the table gives
// medians with the middle half of runs in brackets, and is written to RESULTS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, ensureBrowsers } from '../scripts/browsers.mjs';
import { measureLoad, measureOpen } from './measure.mjs';
import { serveFolder } from './shared.mjs';
import { assets, variants } from './variants.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const site = join(here, 'site');
const runs = Number(process.env.RUNS ?? 10);
const throttle = 4;
const labels = {
  widget: '`<mms-guidance>`',
  plain: 'plain HTML `<details>` (floor)',
  govuk: 'GOV.UK Frontend accordion',
  shoelace: 'Shoelace `sl-details`',
  lion: 'Lion `lion-accordion`',
};

// --- bytes -------------------------------------------------------------------
const bytes = Object.fromEntries(
  variants.map((variant) => {
    const files = assets[variant].map((file) => readFileSync(join(site, file)));
    const sum = (f) => files.reduce((total, file) => total + f(file), 0);
    return [
      variant,
      {
        raw: sum((file) => file.length),
        gzip: sum((file) => gzipSync(file, { level: 9 }).length),
        brotli: sum((file) => brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
        // Everything the 10-question page downloads but fonts: its HTML (which carries the content) plus JS and CSS.
        page:
          sum((file) => gzipSync(file, { level: 9 }).length) +
          gzipSync(readFileSync(join(site, `${variant}-10.html`)), { level: 9 }).length,
      },
    ];
  }),
);

// --- server on loopback --------------------------------------------------------
const { origin, close: closeServer } = await serveFolder(site);

// --- browser -------------------------------------------------------------------
ensureBrowsers();
const browser = await puppeteer.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: chromiumArgs,
});

// --- runs, alternating order ----------------------------------------------------------
const samples = Object.fromEntries(
  variants.map((v) => [v, { mainThread: [], tasks: [], heap: [], cls: [], open10: [], open200: [] }]),
);
for (let run = 0; run < runs; run++) {
  const order = variants.map((_, i) => variants[(i + run) % variants.length]);
  for (const variant of order) {
    const load = await measureLoad(browser, throttle, `${origin}/${variant}-10.html`);
    samples[variant].mainThread.push(load.mainThread);
    samples[variant].tasks.push(load.tasks);
    samples[variant].heap.push(load.heap);
    samples[variant].cls.push(load.cls);
    samples[variant].open10.push(await measureOpen(browser, throttle, `${origin}/${variant}-10.html`, 10));
    samples[variant].open200.push(await measureOpen(browser, throttle, `${origin}/${variant}-200.html`, 200));
  }
  process.stdout.write(`run ${run + 1}/${runs} done\n`);
}
const version = await browser.version();
await browser.close();
closeServer();

// --- table ---------------------------------------------------------------------------------
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  return sorted[low] + (sorted[Math.ceil(position)] - sorted[low]) * (position - low);
};
const median = (values) => quantile(values, 0.5);
const summary = Object.fromEntries(
  variants.map((v) => [
    v,
    {
      ...bytes[v],
      mainThread: median(samples[v].mainThread),
      tasks: median(samples[v].tasks),
      heap: median(samples[v].heap),
      cls: Math.max(...samples[v].cls),
      open10: median(samples[v].open10),
      open200: median(samples[v].open200),
    },
  ]),
);
const spread = (v, metric, digits) =>
  `[${quantile(samples[v][metric], 0.25).toFixed(digits)}–${quantile(samples[v][metric], 0.75).toFixed(digits)}]`;
const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00×' : '—') : `${(a / b).toFixed(2)}×`);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

const metrics = [
  ['JS+CSS gzip', (v) => summary[v].gzip, (v) => kb(summary[v].gzip)],
  ['page HTML+JS+CSS gzip (the whole job)', (v) => summary[v].page, (v) => kb(summary[v].page)],
  ['JS+CSS brotli', (v) => summary[v].brotli, (v) => kb(summary[v].brotli)],
  ['JS+CSS raw', (v) => summary[v].raw, (v) => kb(summary[v].raw)],
  [
    'main thread to first FAQ render (ms)',
    (v) => summary[v].mainThread,
    (v) => `${summary[v].mainThread.toFixed(1)} ${spread(v, 'mainThread', 1)}`,
  ],
  [
    'main-thread tasks to first FAQ render, microtasks included (ms)',
    (v) => summary[v].tasks,
    (v) => `${summary[v].tasks.toFixed(1)} ${spread(v, 'tasks', 1)}`,
  ],
  [
    'open an item, 10 questions (ms)',
    (v) => summary[v].open10,
    (v) => `${summary[v].open10.toFixed(2)} ${spread(v, 'open10', 2)}`,
  ],
  [
    'open an item, 200 questions (ms)',
    (v) => summary[v].open200,
    (v) => `${summary[v].open200.toFixed(2)} ${spread(v, 'open200', 2)}`,
  ],
  ['JS heap after render (MB)', (v) => summary[v].heap, (v) => `${summary[v].heap.toFixed(2)} ${spread(v, 'heap', 2)}`],
  ['CLS during load (worst run)', (v) => summary[v].cls, (v) => summary[v].cls.toFixed(3)],
];

const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. ${runs} runs per variant in rotating order; CPU throttled ${throttle}x; 412×915 viewport; a fresh browser profile per measurement. Medians, with the 25th–75th percentile of runs in brackets.`,
  '',
  `Machine: ${cpus()[0].model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}; Node ${process.version}; ${version} (Debian).`,
  '',
  '## Figures, and each as a ratio to the plain-HTML floor',
  '',
  `| metric | ${variants.map((v) => labels[v]).join(' | ')} |`,
  `| --- | ${variants.map(() => '---').join(' | ')} |`,
  ...metrics.map(
    ([name, value, shown]) =>
      `| ${name} | ${variants.map((v) => `${shown(v)} (${ratio(value(v), value('plain'))})`).join(' | ')} |`,
  ),
  `| open cost, 200 ÷ 10 questions | ${variants.map((v) => ratio(summary[v].open200, summary[v].open10)).join(' | ')} |`,
  '',
  '## `<mms-guidance>` as a ratio to each peer (below 1× is better for the widget)',
  '',
  `| metric | ${variants
    .filter((v) => v !== 'widget')
    .map((v) => labels[v])
    .join(' | ')} |`,
  `| --- | ${variants
    .filter((v) => v !== 'widget')
    .map(() => '---')
    .join(' | ')} |`,
  ...metrics
    .filter(([name]) => !name.startsWith('CLS'))
    .map(
      ([name, value]) =>
        `| ${name} | ${variants
          .filter((v) => v !== 'widget')
          .map((v) => ratio(value('widget'), value(v)))
          .join(' | ')} |`,
    ),
  '',
  '## What each variant is',
  '',
  '- **`<mms-guidance>`**: `dist/mms-guidance.js`, the card and the accordion with the content built in. Its 200-question page gives its English content 200 items after load (partner content may only reword the 10 built-in questions), so only its open-item figures use it.',
  '- **plain HTML**: the same card and content as static HTML, one native `<details>` per question, 6 lines of CSS, no JavaScript.',
  '- **GOV.UK Frontend** (`govuk-frontend` ' +
    JSON.parse(readFileSync(join(here, 'node_modules/govuk-frontend/package.json'), 'utf8')).version +
    '): the precompiled `govuk-frontend.min.css` and `.min.js` with `initAll()`, as its docs set up; the CSS covers every component, because that is the file it ships.',
  '- **Shoelace** (`@shoelace-style/shoelace` ' +
    JSON.parse(readFileSync(join(here, 'node_modules/@shoelace-style/shoelace/package.json'), 'utf8')).version +
    '): `sl-details` cherry-picked and bundled with esbuild, plus `themes/light.css`.',
  '- **Lion** (`@lion/ui` ' +
    JSON.parse(readFileSync(join(here, 'node_modules/@lion/ui/package.json'), 'utf8')).version +
    '): `lion-accordion` bundled with esbuild; Lion is unstyled by design.',
  '',
  'The static variants carry the card and the content as HTML; the widget renders them from its bundle, so its JS bytes include the content. The "whole job" row adds each 10-question page\'s HTML, so all five carry the same content. GOV.UK Frontend also downloads its web fonts, not counted here.',
  '',
  "*Main thread to first FAQ render* adds Chromium's `ScriptDuration`, `RecalcStyleDuration` and `LayoutDuration` from navigation until the questions are laid out. `ScriptDuration` leaves out microtasks, where a Lit element (the widget, Shoelace, Lion) renders, so *main-thread tasks* counts every task on the main thread over the same span, microtasks included; it also counts the page's own loading, the same for all five (bench/PROFILE.md).",
  '',
];
writeFileSync(join(here, 'RESULTS.md'), lines.join('\n'));
console.log(lines.join('\n'));
