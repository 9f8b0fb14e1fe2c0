// Writes docs/translation-review/<lang>.md for each built-in translation, from
// the content modules as built (dist/npm/content, which keeps the source keys),
// so the pages cannot drift from what the widget says. Run by `npm run docs`,
// after the build. `node build/translation-review.mjs --check [dir]` reads the
// content from dir/dist (default: .) and fails instead of writing when a page differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { languages } from './languages.mjs';
import { reviewPage } from './translation-review-page.mjs';

const check = process.argv.includes('--check');
const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '.';
const load = async (lang) =>
  (await import(pathToFileURL(resolve(dir, 'dist', 'npm', 'content', `${lang}.js`)).href))[lang];

const english = await load('en');
const stale = [];
for (const lang of languages.filter((tag) => tag !== 'en')) {
  const file = join('docs', 'translation-review', `${lang}.md`);
  const page = reviewPage(english, await load(lang));
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Not written yet.
  }
  if (page === current) continue;
  if (check) stale.push(file);
  else {
    writeFileSync(file, page);
    console.log(`${file} updated.`);
  }
}
if (stale.length > 0) {
  console.error(`Out of date with src/content: ${stale.join(', ')}. Run \`npm run build\`.`);
  process.exit(1);
}
