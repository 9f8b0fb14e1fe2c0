// The translation files round trip: `npm run translations -- export` writes
// XLIFF 1.2 and PO; Debian's gettext (msgfmt, msgmerge, msgfilter) checks,
// rewrites and changes the PO as a translator's tool would; `import` reads it
// back into partner content and the language module. A file for another content
// version, with a missing string, broken markup, XML markup or over-long text is
// refused with the string named.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'mms-translations-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command; fails the test with its output if it fails, unless a failure is expected. */
function run(command, args, { fails = false } = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (!fails) assert.equal(result.status, 0, `${command} ${args.join(' ')}:\n${result.stdout}${result.stderr}`);
  else assert.notEqual(result.status, 0, `${command} ${args.join(' ')} should fail:\n${result.stdout}`);
  return result;
}
const translations = (...args) =>
  run('node', ['scripts/translations.mjs', ...args], args.includes('--fails') ? { fails: true } : {});
const refused = (file) =>
  run('node', ['scripts/translations.mjs', 'import', file, '--out', dir, '--no-module'], { fails: true }).stderr;

const { fr } = await import('../../dist/npm/content/fr.js');
const xlf = join(dir, 'mms-guidance.fr.xlf');
const po = join(dir, 'mms-guidance.fr.po');
const json = () => JSON.parse(readFileSync(join(dir, 'mms-guidance.fr.json'), 'utf8')).fr;
/** The module's strings as partner JSON has them: no source keys, no settings. */
const shownOf = (language) =>
  JSON.parse(
    JSON.stringify(
      { name: language.name, card: language.card, referral: language.referral, faq: language.faq, ui: language.ui },
      (key, value) => (key === 'source' || key === 'guidanceHref' ? undefined : value),
    ),
  );

before(() => translations('export', 'fr', '--out', dir));

test('export writes a PO that gettext accepts (msgfmt --check) and an XLIFF 1.2 file, each with every string', () => {
  run('msgfmt', ['--check', '-o', join(dir, 'fr.mo'), po]);
  const units = readFileSync(xlf, 'utf8').match(/<trans-unit /g).length;
  const entries = readFileSync(po, 'utf8').match(/^msgctxt /gm).length;
  assert.equal(units, entries);
  assert.ok(units > 50, `${units} strings`);
  assert.match(readFileSync(xlf, 'utf8'), /product-version="1\.2"/);
  assert.match(readFileSync(po, 'utf8'), /X-Content-Version: 1\.2/);
});

test('PO round trip: msgmerge rewrites it, msgfilter changes one string, import carries only that change into the JSON and the module', () => {
  const merged = join(dir, 'merged.po');
  const changed = join(dir, 'changed.po');
  run('msgmerge', ['--quiet', '--no-fuzzy-matching', '-o', merged, po, po]);
  run('msgfilter', ['-i', merged, '-o', changed, 'sed', '-e', 's/^Partager$/Partager maintenant/']);
  run('msgfmt', ['--check', '-o', join(dir, 'changed.mo'), changed]);
  const module = join(dir, 'fr.ts');
  copyFileSync('src/content/fr.ts', module);
  const dayBefore = new Date().toISOString().slice(0, 10);
  const { stdout } = translations('import', changed, '--out', dir, '--module', module);
  const dayAfter = new Date().toISOString().slice(0, 10);
  assert.match(stdout, /1 strings changed \(ui\.shareButton\)/);
  const expected = shownOf(fr);
  expected.ui.shareButton = 'Partager maintenant';
  assert.deepEqual({ ...json(), review: undefined }, { ...expected, review: undefined });
  assert.deepEqual(json().review, { status: 'unreviewed' });
  const before = readFileSync('src/content/fr.ts', 'utf8');
  const after = readFileSync(module, 'utf8');
  // The import dates the changed translation with the day it ran (either side of midnight, if it ran across it).
  const stamped = after.match(/translated: '(\d{4}-\d\d-\d\d)'/)?.[1];
  assert.ok([dayBefore, dayAfter].includes(stamped), `translated: '${stamped}', expected ${dayBefore}`);
  assert.equal(
    after,
    before
      .replace("shareButton: 'Partager',", "shareButton: 'Partager maintenant',")
      .replace(/translated: '\d{4}-\d\d-\d\d'/, `translated: '${stamped}'`),
  );
});

test('XLIFF round trip: unchanged, it imports as the built-in French; a changed amount keeps its narrow no-break space escaped in the module', () => {
  translations('import', xlf, '--out', dir, '--no-module');
  assert.deepEqual({ ...json(), review: undefined }, { ...shownOf(fr), review: undefined });
  const edited = join(dir, 'edited.fr.xlf');
  writeFileSync(edited, readFileSync(xlf, 'utf8').replace('fer 30\u202fmg', 'fer 30\u202fmg (fumarate)'));
  const module = join(dir, 'fr-xliff.ts');
  copyFileSync('src/content/fr.ts', module);
  const { stdout } = translations('import', edited, '--out', dir, '--module', module);
  assert.match(stdout, /1 strings changed \(faq\.tablet-contents\.answer\[0\]\)/);
  assert.match(readFileSync(module, 'utf8'), /fer 30\\u202fmg \(fumarate\)/);
});

test('refuses a file for another content version, naming both versions', () => {
  const old = join(dir, 'old.fr.xlf');
  writeFileSync(old, readFileSync(xlf, 'utf8').replace('product-version="1.2"', 'product-version="1.1"'));
  assert.match(refused(old), /content version 1\.1, this is 1\.2/);
});

test('refuses missing strings, broken markup, XML markup and over-long text, naming each string', () => {
  const text = readFileSync(xlf, 'utf8');
  const missing = join(dir, 'missing.fr.xlf');
  writeFileSync(missing, text.replace(/<trans-unit id="faq\.unicef\.answer\[1\]"[\s\S]*?<\/trans-unit>/, ''));
  assert.match(refused(missing), /faq\.unicef\.answer\[1\]: missing/);

  const target = (id, replace) =>
    text.replace(
      new RegExp(`(<trans-unit id="${id.replace(/[.[\]]/g, '\\$&')}"[\\s\\S]*?<target[^>]*>)([\\s\\S]*?)(</target>)`),
      (_, open, inner, close) => open + replace(inner) + close,
    );
  const broken = join(dir, 'broken.fr.xlf');
  writeFileSync(
    broken,
    target('card.keyMessage', (inner) => `*${inner}`),
  );
  assert.match(refused(broken), /card\.keyMessage: broken markup/);

  const linked = join(dir, 'linked.fr.xlf');
  writeFileSync(
    linked,
    target('referral.text', (inner) => `${inner} [ici](https://example.org/)`),
  );
  assert.match(
    refused(linked),
    /referral\.text: its links \(https:\/\/example\.org\/\) are not the English's \(none\)/,
  );

  const xml = join(dir, 'xml.fr.xlf');
  writeFileSync(
    xml,
    target('ui.copyLink', (inner) => `<g id="1">${inner}</g>`),
  );
  assert.match(refused(xml), /ui\.copyLink: the target holds XML markup \(<g id="1">\)/);

  const long = join(dir, 'long.fr.xlf');
  writeFileSync(
    long,
    target('faq.evidence.answer[0]', () => 'x'.repeat(4001)),
  );
  assert.match(refused(long), /faq\.evidence\.answer\[0\]: 4001 characters, over the 4000 limit/);
});

test('a new language exports with empty targets, and is refused until every string is translated', () => {
  translations('export', 'mg', '--out', dir);
  const text = readFileSync(join(dir, 'mms-guidance.mg.xlf'), 'utf8');
  assert.match(text, /target-language="mg"/);
  assert.doesNotMatch(text, /state="needs-review-translation"/);
  assert.match(refused(join(dir, 'mms-guidance.mg.po')), /card\.title: missing/);
});
