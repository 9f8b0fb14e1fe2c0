// Checks that what is committed is what the source builds: dist/ (bundles and
// type declarations), custom-elements.json and the README's API reference. Then
// holds each bundle to its gzip budget. The kit's PDFs and PNGs (and rendered.json, what
// they drew) are not byte-reproducible: the fresh build leaves them out, and
// dist/kit/manifest.json, which holds the hash of what each was made from, is
// compared instead; tests/node/kit.test.mjs checks what they hold.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipBytes } from './gzip-size.mjs';
import { languages } from '../build/languages.mjs';
import { bin, run } from './run.mjs';

const fresh = '.test-tmp/fresh';

const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(dir, path))
    .sort();

rmSync(fresh, { recursive: true, force: true });
run('node', ['build/build.mjs', fresh, '--kit-text-only']);
run(bin('cem'), ['analyze', '--outdir', fresh]);

/** A kit file Chromium renders: compared through dist/kit/manifest.json, not byte for byte. */
const rendered = (name) => /^kit\/.*\.(pdf|png)$/.test(name) || name === 'kit/rendered.json';

const problems = [];
const committed = filesUnder('dist');
const built = filesUnder(`${fresh}/dist`);
const manifest = JSON.parse(readFileSync(join(fresh, 'dist/kit/manifest.json'), 'utf8'));
const renderedNow = [...Object.keys(manifest.files).filter((name) => rendered(`kit/${name}`)), 'rendered.json'];
for (const name of new Set([...committed, ...built, ...renderedNow.map((name) => `kit/${name}`)])) {
  const inDist = join('dist', name);
  const inFresh = join(fresh, 'dist', name);
  if (!existsSync(inDist)) problems.push(`dist/${name} is missing`);
  else if (rendered(name)) {
    if (!renderedNow.includes(name.slice('kit/'.length)))
      problems.push(`dist/${name} is not made by the build any more`);
  } else if (!existsSync(inFresh)) problems.push(`dist/${name} is not made by the build any more`);
  else if (!readFileSync(inDist).equals(readFileSync(inFresh)))
    problems.push(`dist/${name} differs from a fresh build`);
}
if (readFileSync(`${fresh}/custom-elements.json`, 'utf8') !== readFileSync('custom-elements.json', 'utf8')) {
  problems.push('custom-elements.json differs from the class JSDoc');
}
try {
  execFileSync('node', ['build/docs.mjs', '--check', fresh], { stdio: 'pipe' });
} catch (error) {
  problems.push(String(error.stderr).trim());
}
if (problems.length > 0) {
  console.error(`Stale build output: run \`npm run build\` and commit the result.\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const budgets = JSON.parse(readFileSync('scripts/budgets.json', 'utf8'));
let overBudget = false;
// A `<lang>` line covers every built-in language that has no line of its own.
const files = Object.entries(budgets).flatMap(([file, budget]) =>
  file.includes('<lang>')
    ? languages
        .map((lang) => file.replace('<lang>', lang))
        .filter((each) => !(each in budgets))
        .map((each) => [each, budget])
    : [[file, budget]],
);
for (const [file, budget] of files) {
  if (file === 'comment') continue;
  const bytes = gzipBytes(file);
  const verdict = bytes <= budget ? 'ok' : 'OVER BUDGET';
  console.log(`${file}: ${bytes} bytes gzip, budget ${budget}: ${verdict}`);
  if (bytes > budget) overBudget = true;
}
if (overBudget) process.exit(1);
