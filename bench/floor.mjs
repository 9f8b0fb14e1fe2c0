// Weighs each committed bundle against its floor: Lit, the stylesheet and the
// same languages' content in a Lit element with no behaviour (bench/floor-probe.ts),
// built the same way. What a bundle weighs above its floor is all of its
// behaviour; a source-mapped build then shows what each module of it weighs,
// and builds without one feature (bench/without.ts) what each feature weighs whole.
// Writes bench/FLOOR.md. Run from the project root: npm run bench:floor.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { gzipBytes, gzipSize } from '../scripts/gzip-size.mjs';
import { languages } from '../build/languages.mjs';

// Issue 15's targets, in gzip bytes: each bundle, and its behaviour above the floor.
const target = { all: 22400, en: 14700, es: 16600, fr: 16600, pt: 16600, ur: 17300 };
const behaviourTarget = 5000;
const out = mkdtempSync(join(tmpdir(), 'floor-'));
/** A vite.config.ts mode built into `out`, with any plugins added. */
const vite = (mode, { sourcemap = false, plugins = [] } = {}) =>
  build({ mode, logLevel: 'error', plugins, build: { outDir: out, sourcemap } });
const floor = async (lang) => {
  await vite(lang ? `floor-${lang}` : 'floor');
  return gzipBytes(join(out, `floor.${lang ?? 'all'}.js`));
};

const rows = [['`mms-guidance.js`', 'all five', gzipBytes('dist/mms-guidance.js'), await floor(), target.all]];
for (const lang of languages) {
  const langs = lang === 'en' ? 'en' : `${lang} + en`;
  rows.push([
    `\`mms-guidance.${lang}.js\``,
    langs,
    gzipBytes(`dist/mms-guidance.${lang}.js`),
    await floor(lang),
    target[lang],
  ]);
}

/**
 * What each module of src/ adds to the English bundle: the gzip bytes it loses
 * when that module's code (found through the source map) is cut out of it.
 * Modules share gzip's context, so the figures add up to more than the whole.
 */
async function featureWeights() {
  await vite('bundle-en', { sourcemap: true });
  const file = join(out, 'mms-guidance.en.js');
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  // Code with no source is the bundler's glue; Lit and the floor's parts are not behaviour.
  const partOf = (source) => {
    if (!source) return 'Lit';
    const path = relative('src', join(out, source));
    if (path.startsWith('..')) return 'Lit';
    if (/^content\/[a-z]{2,3}\.ts$|\.styles\.ts$|^theme\/tokens\.ts$/.test(path)) return 'floor';
    return `src/${path}`;
  };
  const owner = new Array(code.length).fill('Lit');
  let previous;
  map.eachMapping(({ generatedLine, generatedColumn, source }) => {
    const at = lineStarts[generatedLine - 1] + generatedColumn;
    if (previous) owner.fill(previous.part, previous.at, at);
    previous = { at, part: partOf(source) };
  });
  if (previous) owner.fill(previous.part, previous.at);
  const whole = gzipSize(code);
  return [...new Set(owner)]
    .filter((part) => part !== 'Lit' && part !== 'floor')
    .map((part) => [part, whole - gzipSize([...code].filter((_, i) => owner[i] !== part).join(''))])
    .sort((a, b) => b[1] - a[1]);
}
const features = await featureWeights();

/** The optional features, each with the modules bench/without.ts stands in for, and the issue that asked for it. */
const optional = [
  ['sharing: share bar, question links, deep links (issue 6)', ['sharing/sharing-controller']],
  ['structured data (issue 6)', ['seo/structured-data-controller']],
  ['theme guard: token and contrast checks (issue 3)', ['theme/theme-controller']],
  ['partner content: inline JSON and `content-src` (issue 5)', ['content/partner', 'content/fetch-content']],
  ['Trusted Types with a second copy or another Lit app (issues 4, 17)', ['internal/trusted-types']],
];

/**
 * The English and the all-languages bundle, built as `bundle-en` and `bundle`
 * are but with these modules of src/ swapped for bench/without.ts: gzip bytes of each.
 */
async function bundlesWithout(modules) {
  const swapped = new Set(modules.map((module) => resolve('src', `${module}.ts`)));
  const without = {
    name: 'without',
    enforce: 'pre',
    resolveId: (source, importer) =>
      importer && swapped.has(resolve(dirname(importer), source.replace(/\.js$/, '.ts')))
        ? resolve('bench/without.ts')
        : null,
  };
  for (const mode of ['bundle-en', 'bundle']) await vite(mode, { plugins: [without] });
  return [gzipBytes(join(out, 'mms-guidance.en.js')), gzipBytes(join(out, 'mms-guidance.js'))];
}
const shipped = [rows[1], rows[0]].map(([, , bytes, least]) => ({ bytes, least }));
const removals = [['nothing (as shipped)', shipped.map(({ bytes }) => bytes)]];
for (const [feature, modules] of optional) removals.push([feature, await bundlesWithout(modules)]);
removals.push([
  'the first four together',
  await bundlesWithout(optional.slice(0, 4).flatMap(([, modules]) => modules)),
]);
removals.push(['all five', await bundlesWithout(optional.flatMap(([, modules]) => modules))]);
rmSync(out, { recursive: true });

const n = (bytes) => bytes.toLocaleString('en');
const table = [
  '| bundle | languages | bundle | floor | behaviour (bundle − floor) | issue 15 target | target − floor |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ([file, langs, bytes, least, goal]) =>
      `| ${file} | ${langs} | ${n(bytes)} | ${n(least)} | ${n(bytes - least)} | ${n(goal)} | ${n(goal - least)} |`,
  ),
].join('\n');
const featureTable = [
  '| module | gzip bytes it adds to `mms-guidance.en.js` |',
  '| --- | ---: |',
  ...features.map(([part, bytes]) => `| \`${part}\` | ${n(bytes)} |`),
].join('\n');

const removalTable = [
  '| built without | `mms-guidance.en.js` | its behaviour (− floor) | `mms-guidance.js` | its behaviour (− floor) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...removals.map(
    ([feature, sizes]) =>
      `| ${feature} | ${sizes.map((bytes, i) => `${n(bytes)} | ${n(bytes - shipped[i].least)}`).join(' | ')} |`,
  ),
  `| *issue 15's target* | *${n(target.en)}* | *${n(behaviourTarget)}* | *${n(target.all)}* | *${n(behaviourTarget)}* |`,
].join('\n');

writeFileSync(
  'bench/FLOOR.md',
  `# Bundle floors

Written by \`npm run bench:floor\` on ${new Date().toISOString().slice(0, 10)}. Gzip bytes, Node zlib level 9, as \`scripts/budgets.json\` counts them.

The **floor** is \`bench/floor-probe.ts\` built the way the bundle is built: Lit, the widget's stylesheets and the same languages' content, every text rendered, and no behaviour at all (no accordion, keys, theme guard, language choice, partner content, sharing or structured data). No bundle of this widget, written with Lit, can weigh less. **target − floor** is what issue 15's target leaves for all of that behaviour, which it also caps at ${n(behaviourTarget)} bytes.

${table}

## What the behaviour weighs, module by module

Each module's code, found through a source-mapped build of the English bundle, cut out of it: what the gzip file loses. The modules share gzip's context, so the column adds up to more than the behaviour above.

${featureTable}

## What each optional feature weighs, whole

The English and the all-languages bundle, each built with one feature's modules swapped for \`bench/without.ts\` (the same exports, doing nothing), so the minifier also drops the wiring the element keeps for it; then with the first four swapped together, and all five.

${removalTable}
`,
);
console.log(`${table}\n\n${featureTable}\n\n${removalTable}`);
