// The files a ministry's translator works in, for a CAT tool (Trados, memoQ,
// Weblate, Crowdin), beside the Markdown review pages (docs/translation-review/):
//
//   npm run translations -- export <lang> [--out DIR]
//     writes DIR/mms-guidance.<lang>.xlf (XLIFF 1.2) and DIR/mms-guidance.<lang>.po
//     (gettext), default DIR translations/, from the content as built (dist/npm/content).
//   npm run translations -- import <file> [--out DIR] [--module FILE | --no-module]
//     checks a returned .xlf or .po and writes DIR/mms-guidance.<lang>.json, partner
//     content; for a built-in language it also carries the changed strings into
//     src/content/<lang>.ts (or FILE), marked not yet reviewed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { languages } from '../build/languages.mjs';
import { problemsOf } from './translations/check.mjs';
import { updateModule } from './translations/module.mjs';
import { fromPo, toPo } from './translations/po.mjs';
import { unitsOf } from './translations/units.mjs';
import { fromXliff, toXliff } from './translations/xliff.mjs';

const [command, subject, ...rest] = process.argv.slice(2);
const option = (name) => {
  const index = rest.indexOf(name);
  return index === -1 ? undefined : rest[index + 1];
};
const out = option('--out') ?? 'translations';
const languageTag = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;

const load = async (lang) => (await import(pathToFileURL(resolve('dist', 'npm', 'content', `${lang}.js`)).href))[lang];

async function exportFiles(lang) {
  if (!lang || !languageTag.test(lang))
    throw new Error(`export: give a language tag (built in: ${languages.join(', ')})`);
  const english = await load('en');
  const translation = languages.includes(lang) ? await load(lang) : undefined;
  // PO wants the date of the translation as a time; midnight UTC of the day it was made.
  const revised = `${translation?.translated ?? new Date().toISOString().slice(0, 10)} 00:00+0000`;
  const file = { lang, version: english.version, units: unitsOf(english, translation, lang), revised };
  mkdirSync(out, { recursive: true });
  const written = [
    [join(out, `mms-guidance.${lang}.xlf`), toXliff(file)],
    [join(out, `mms-guidance.${lang}.po`), toPo(file)],
  ];
  for (const [path, text] of written) writeFileSync(path, text);
  console.log(
    `${file.units.length} strings, content version ${file.version}: ${written.map(([path]) => path).join(', ')}`,
  );
}

/** Nested partner content from id → text. */
function partnerContent(units, targets) {
  const content = {};
  for (const unit of units) {
    let node = content;
    unit.path.slice(0, -1).forEach((key, index) => {
      node = node[key] ??= typeof unit.path[index + 1] === 'number' ? [] : {};
    });
    node[unit.path.at(-1)] = targets.get(unit.id);
  }
  return content;
}

async function importFile(path) {
  if (!path) throw new Error('import: give a .xlf or .po file');
  const text = readFileSync(path, 'utf8');
  const file = /\.po$/i.test(path) ? fromPo(text) : fromXliff(text);
  if (!file.lang || !languageTag.test(file.lang)) throw new Error(`${path}: no valid target language (${file.lang})`);
  const english = await load('en');
  const builtIn = languages.includes(file.lang);
  const units = unitsOf(english, builtIn ? await load(file.lang) : undefined, file.lang);
  const problems = problemsOf(file, units, english.version);
  if (problems.length > 0) throw new Error(`${path} was not imported:\n  ${problems.join('\n  ')}`);
  const json = { [file.lang]: { ...partnerContent(units, file.targets), review: { status: 'unreviewed' } } };
  mkdirSync(out, { recursive: true });
  const jsonPath = join(out, `mms-guidance.${file.lang}.json`);
  writeFileSync(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`${units.length} strings for ${file.lang}, content version ${file.version}: ${jsonPath}`);
  if (builtIn && file.lang !== 'en' && !rest.includes('--no-module')) {
    const module = option('--module') ?? join('src', 'content', `${file.lang}.ts`);
    const today = new Date().toISOString().slice(0, 10);
    const changed = updateModule(module, units, file.targets, today);
    console.log(
      `${module}: ${changed.length} strings changed${changed.length ? ` (${changed.join(', ')}), marked not yet reviewed` : ''}`,
    );
  }
}

try {
  if (command === 'export') await exportFiles(subject);
  else if (command === 'import') await importFile(subject);
  else
    throw new Error(
      'usage: npm run translations -- export <lang> [--out DIR] | import <file> [--out DIR] [--module FILE | --no-module]',
    );
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
