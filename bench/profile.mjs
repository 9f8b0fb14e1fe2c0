// Profiles the widget's first render on the benchmark's page, as bench/run.mjs
// measures it: Debian's Chromium, CPU throttled 4x, a fresh profile per run,
// from navigation until the FAQ's ten questions are laid out; or, with
// `toggle` (npm run bench:profile -- toggle [200]), opening one item on the
// 10- or 200-question page, from the click to two frames later. V8's sampling
// profiler (CDP Profiler) records each run; the table sums self time per
// function over the runs, with each function's place in the source (src/ or
// Lit in node_modules/) found through a source map. Also gives the main thread
// as run.mjs counts it (script, style, layout).
//
// The bundle profiled is src/index.ts built by vite.config.ts's `bundle` mode,
// minified, with a source map (slim-bundle then keeps the templates' line breaks).
// Run from the project root: npm run bench:profile (RUNS=10 by default; TOP=15 rows).
// A toggle is short: give it more runs (RUNS=30 npm run bench:profile -- toggle).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, ensureBrowsers } from '../scripts/browsers.mjs';
import { bin, run } from '../scripts/run.mjs';
import { benchPage, median, serveFolder, throttledTab, widget200 } from './shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 10);
const top = Number(process.env.TOP ?? 15);
const throttle = 4;
/** What is profiled: the first render, or opening one item on a page of `size` questions. */
const toggle = process.argv[2] === 'toggle';
const size = toggle ? Number(process.argv[3] ?? 10) : 10;
const out = mkdtempSync(join(tmpdir(), 'profile-'));

// --- the bundle, with a source map ------------------------------------------------
// slim-bundle leaves a source-mapped build's line breaks alone, so its map holds.
run(bin('vite'), ['build', '--mode', 'bundle', '--outDir', out, '--sourcemap', '--logLevel', 'error']);
const map = new SourceMap(JSON.parse(readFileSync(join(out, 'mms-guidance.js.map'), 'utf8')));

// The benchmark's widget page (bench/build.mjs), with its probe; 200 questions come from its widget-200.js.
writeFileSync(join(out, 'probe.js'), readFileSync(join(root, 'bench/probe.js')));
const extra = size === 10 ? '' : '<script type="module" src="widget-200.js"></script>';
if (extra) writeFileSync(join(out, 'widget-200.js'), widget200);
writeFileSync(
  join(out, 'widget.html'),
  benchPage({
    head: '<script type="module" src="mms-guidance.js"></script>',
    body: `<mms-guidance></mms-guidance>${extra}`,
  }),
);

const { origin, close: closeServer } = await serveFolder(out);

// --- runs -----------------------------------------------------------------------
ensureBrowsers();
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });

const metricNames = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
const metricsOf = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metricNames.map((name) => metrics.find((m) => m.name === name).value * 1000);
};

/** A line of a source map's source, from the sources it carries. */
const lineIn = (sourceMap, source, line) => {
  const { sources, sourcesContent } = sourceMap.payload;
  return sourcesContent?.[sources.indexOf(source)]?.split('\n')[line]?.trim() ?? '';
};

/**
 * Where a frame's code is, and its first line there: src/… or Lit's TypeScript
 * for the bundle (Lit's own files are minified too; their maps lead on), else
 * the frame's URL or nothing (V8's own labels, such as "(program)").
 */
function placeOf({ url, lineNumber, columnNumber }) {
  if (!url) return { where: '', code: '' };
  if (!url.endsWith('/mms-guidance.js')) return { where: url.replace(origin, ''), code: '' };
  if (lineNumber === 0 && columnNumber === 0)
    return { where: 'mms-guidance.js', code: '(the top level of every module)' };
  const entry = map.findEntry(lineNumber, columnNumber);
  if (!entry?.originalSource) return { where: `mms-guidance.js:${lineNumber + 1}:${columnNumber + 1}`, code: '' };
  const file = fileURLToPath(new URL(entry.originalSource, `file://${out}/`));
  const inner = mapOf(file)?.findEntry(entry.originalLine, entry.originalColumn);
  if (inner?.originalSource) {
    const source = fileURLToPath(new URL(inner.originalSource, `file://${file}`));
    return {
      where: `${relative(root, source)}:${inner.originalLine + 1}`,
      code: lineIn(mapOf(file), inner.originalSource, inner.originalLine),
    };
  }
  return {
    where: `${relative(root, file)}:${entry.originalLine + 1}`,
    code: lineIn(map, entry.originalSource, entry.originalLine),
  };
}

const maps = new Map();
/** The source map beside a file in node_modules, if it has one. */
function mapOf(file) {
  if (!file.includes('/node_modules/')) return undefined;
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, undefined);
    }
  }
  return maps.get(file);
}

const selfTime = new Map();
const mainThread = [];
/** The first render: from navigation to the check that found the FAQ laid out (every 20 ms); a toggle: click to two frames later. Profiler on. */
const wallClock = [];
for (let run = 0; run < runs; run++) {
  const { context, page, cdp } = await throttledTab(browser, throttle);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (toggle) {
    // As run.mjs's open-item row: the page loaded and settled, then the fifth question clicked.
    await page.goto(`${origin}/widget.html`);
    await page.waitForFunction((n) => window.__bench.ready(n), { polling: 20, timeout: 60000 }, size);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const before = await metricsOf(cdp);
  await cdp.send('Profiler.start');
  const took = toggle
    ? await page.evaluate(async () => {
        const start = performance.now();
        window.__bench.open(4);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return performance.now() - start;
      })
    : await page.goto(`${origin}/widget.html`).then(async () => {
        await page.waitForFunction(() => window.__bench.ready(10), { polling: 20, timeout: 30000 });
        return page.evaluate(() => performance.now());
      });
  const { profile } = await cdp.send('Profiler.stop');
  const after = await metricsOf(cdp);
  if (toggle && !(await page.evaluate(() => window.__bench.isOpen(4)))) throw new Error('the item did not open');
  mainThread.push(after.map((value, i) => value - before[i]));
  wallClock.push(took);
  await context.close();

  // Each sample's time is until the next sample; it counts for the function on top of the stack.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const next = profile.timeDeltas[i + 1];
    if (next === undefined) return;
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') return;
    const { where, code } = placeOf(callFrame);
    const key = [callFrame.functionName || '(anonymous)', where, code].join('\t');
    selfTime.set(key, (selfTime.get(key) ?? 0) + next / 1000);
  });
  process.stdout.write(`run ${run + 1}/${runs} done\n`);
}
await browser.close();
closeServer();
if (process.env.KEEP) console.log(`kept ${out}`);
else rmSync(out, { recursive: true });

// --- table ------------------------------------------------------------------------
const [script, style, layout] = metricNames.map((_, i) => median(mainThread.map((run) => run[i])));
const total = [...selfTime.values()].reduce((sum, ms) => sum + ms, 0);
const rows = [...selfTime.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
const what = toggle ? `Opening one item of ${size}` : 'Main thread to first FAQ render';
const clock = toggle ? 'from the click to two frames later' : 'from navigation to the FAQ found laid out';
console.log(
  [
    '',
    `${what}, median of ${runs} runs at ${throttle}x: ${(script + style + layout).toFixed(1)} ms ` +
      `(script ${script.toFixed(1)}, style ${style.toFixed(1)}, layout ${layout.toFixed(1)}).`,
    `Wall clock ${clock}, profiler on, median: ${median(wallClock).toFixed(toggle ? 1 : 0)} ms.`,
    `Profiled (not idle), mean per run: ${(total / runs).toFixed(1)} ms.`,
    '',
    '| self time per run (ms) | share | function (minified name) | where | its first line |',
    '| ---: | ---: | --- | --- | --- |',
    ...rows.map(([key, ms]) => {
      const [name, where, code] = key.split('\t');
      const cell = (text) => (text ? `\`${text.slice(0, 70).replace(/\|/g, '\\|').replace(/`/g, "'")}\`` : '');
      return `| ${(ms / runs).toFixed(1)} | ${((100 * ms) / total).toFixed(1)}% | ${cell(name)} | ${cell(where)} | ${cell(code)} |`;
    }),
  ].join('\n'),
);
