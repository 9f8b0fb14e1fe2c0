// npm run bench:check: the benchmark's first-render and open-item rows only,
// for the widget built from src/ and the plain-HTML floor, interleaved in one
// browser at 4x CPU throttling; fails when the widget's ratio to the floor in
// this run passes a ceiling in bench/ceilings.json. A few minutes: run it before
// resolving anything that touches rendering. Not part of npm test: timings on
// this shared machine belong here, not in the tests.
//
// `node bench/check.mjs old=path/to/mms-guidance.js …` also measures other
// builds (an older dist/, a build with a change undone) with the same method in
// the same run, each against the same floor; every build is held to the ceilings.
// Needs bench/site/ from bench/build.mjs (npm run bench:check writes it first).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, ensureBrowsers } from '../scripts/browsers.mjs';
import { bin, run } from '../scripts/run.mjs';
import { measureLoad, measureOpen } from './measure.mjs';
import { median, serveFolder } from './shared.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const site = join(here, 'site');
const runs = Number(process.env.RUNS ?? 12);
const throttle = 4;
const ceilings = JSON.parse(readFileSync(join(here, 'ceilings.json'), 'utf8'));

// The widget as src/ builds it now (vite.config.ts's `bundle` mode), then any builds named on the command line.
const named = process.argv.slice(2).map((arg) => [arg.split('=')[0], resolve(arg.split('=').slice(1).join('='))]);
const out = mkdtempSync(join(tmpdir(), 'bench-check-'));
process.chdir(root);
run(bin('vite'), ['build', '--mode', 'bundle', '--outDir', join(out, 'built'), '--logLevel', 'error']);
const builds = [['src', join(out, 'built', 'mms-guidance.js')], ...named];

// The pages are the benchmark's own (bench/site/), one folder per build with its bundle, and one for the floor.
for (const [name, path] of builds) {
  mkdirSync(join(out, name), { recursive: true });
  for (const file of ['widget-10.html', 'widget-200.html', 'widget-200.js', 'probe.js'])
    copyFileSync(join(site, file), join(out, name, file));
  copyFileSync(path, join(out, name, 'mms-guidance.js'));
}
mkdirSync(join(out, 'floor'));
for (const file of ['plain-10.html', 'plain-200.html', 'plain.css', 'probe.js'])
  copyFileSync(join(site, file), join(out, 'floor', file));
const { origin, close } = await serveFolder(out);
const urlOf = (name, size) => `${origin}/${name}/${name === 'floor' ? 'plain' : 'widget'}-${size}.html`;

ensureBrowsers();
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });

const rows = {
  'main thread to first FAQ render': (name) =>
    measureLoad(browser, throttle, urlOf(name, 10)).then((m) => m.mainThread),
  'open an item, 10 questions': (name) => measureOpen(browser, throttle, urlOf(name, 10), 10),
  'open an item, 200 questions': (name) => measureOpen(browser, throttle, urlOf(name, 200), 200),
};
const names = [...builds.map(([name]) => name), 'floor'];
const samples = Object.fromEntries(
  names.map((name) => [name, Object.fromEntries(Object.keys(rows).map((row) => [row, []]))]),
);
for (let i = 0; i < runs; i++) {
  // Rotating order, so neither the widget nor the floor always goes first.
  for (const name of names.map((_, j) => names[(i + j) % names.length])) {
    for (const [row, measure] of Object.entries(rows)) samples[name][row].push(await measure(name));
  }
  process.stdout.write(`run ${i + 1}/${runs} done\n`);
}
await browser.close();
close();
rmSync(out, { recursive: true });

// --- each build's ratio to the floor, against the ceilings ------------------------
const failures = [];
const lines = [
  '',
  `${runs} runs, ${throttle}x CPU, medians in ms; each build's ratio to the floor measured in this run, and its ceiling (bench/ceilings.json).`,
  '',
  `| row | floor | ${builds.map(([name]) => name).join(' | ')} | ceiling |`,
  `| --- | ---: | ${builds.map(() => '---:').join(' | ')} | ---: |`,
];
for (const row of Object.keys(rows)) {
  const floor = median(samples.floor[row]);
  const cells = builds.map(([name]) => {
    const ratio = median(samples[name][row]) / floor;
    if (ratio > ceilings[row])
      failures.push(`${name}: ${row} is ${ratio.toFixed(2)}× the floor, above ${ceilings[row]}×`);
    return `${median(samples[name][row]).toFixed(1)} (${ratio.toFixed(2)}×)`;
  });
  lines.push(`| ${row} | ${floor.toFixed(1)} | ${cells.join(' | ')} | ${ceilings[row]}× |`);
}
console.log(lines.join('\n'));
if (failures.length) {
  console.error(`\nbench:check failed:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nbench:check passed: every ratio is within its ceiling.');
