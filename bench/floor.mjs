// Weighs each committed bundle against its floor: Lit, the stylesheet and the
// same languages' content in a Lit element with no behaviour (bench/floor-probe.ts),
// built the same way. What a bundle weighs above its floor is all of its
// behaviour. Writes bench/FLOOR.md. Run from the project root: npm run bench:floor.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipBytes as gzip } from '../scripts/gzip-size.mjs';
import { languages } from '../scripts/languages.mjs';
import { bin, run } from '../scripts/run.mjs';

// Issue 5's targets, in gzip bytes.
const target = { all: 20000, one: 12000 };
const out = mkdtempSync(join(tmpdir(), 'floor-'));
const floor = (lang) => {
  const args = ['build', '--mode', lang ? `floor-${lang}` : 'floor', '--outDir', out, '--logLevel', 'error'];
  run(bin('vite'), args);
  return gzip(join(out, `floor.${lang ?? 'all'}.js`));
};

const rows = [
  ['`mms-guidance.js`', 'all five', gzip('dist/mms-guidance.js'), floor(), target.all],
  ...languages.map((lang) => [
    `\`mms-guidance.${lang}.js\``,
    lang === 'en' ? 'en' : `${lang} + en`,
    gzip(`dist/mms-guidance.${lang}.js`),
    floor(lang),
    target.one,
  ]),
];
rmSync(out, { recursive: true });

const n = (bytes) => bytes.toLocaleString('en');
const table = [
  '| bundle | languages | bundle | floor | behaviour (bundle − floor) | issue 5 target | target − floor |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ([file, langs, bytes, least, goal]) =>
      `| ${file} | ${langs} | ${n(bytes)} | ${n(least)} | ${n(bytes - least)} | ${n(goal)} | ${n(goal - least)} |`,
  ),
].join('\n');

writeFileSync(
  'bench/FLOOR.md',
  `# Bundle floors

Written by \`npm run bench:floor\` on ${new Date().toISOString().slice(0, 10)}. Gzip bytes, Node zlib level 9, as \`scripts/budgets.json\` counts them.

The **floor** is \`bench/floor-probe.ts\` built the way the bundle is built: Lit, the widget's stylesheet and the same languages' content, every text rendered, and no behaviour at all (no accordion, keys, theme guard, language choice, partner content, sharing or structured data). No bundle of this widget, written with Lit, can weigh less. **target − floor** is what issue 5's target leaves for all of that behaviour; a negative figure means the target is below the floor.

${table}
`,
);
console.log(table);
