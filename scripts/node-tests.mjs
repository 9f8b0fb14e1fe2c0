// Runs the tests that need Node rather than a browser (tests/node/*.test.mjs:
// the plain-words readability, the translation files' round trip through
// gettext, the browser paths' variables, the WordPress plugin's files, `npm run dev`'s hot reload), prints
// each with its diagnostics, then adds their counts to the
// file scripts/test.mjs sums. Exits non-zero when one fails.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { countsFile } from '../tests/runner/count-reporter.mjs';

const folder = join('tests', 'node');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => join(folder, name));

const tally = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
const stream = run({ files, concurrency: 1 });
stream.on('test:pass', (event) => {
  // A file is reported as a test too, at nesting 0; count the tests in it.
  if (event.details.type !== 'suite' && !event.file?.endsWith(event.name)) {
    if (event.skip || event.todo) tally.skipped++;
    else tally.passed++;
  }
});
stream.on('test:fail', (event) => {
  if (event.file?.endsWith(event.name)) tally.fileErrors++;
  else tally.failed++;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.once('end', resolve));

console.log(`node: ${tally.passed} passed, ${tally.failed} failed`);
let counts = {};
try {
  counts = JSON.parse(readFileSync(countsFile, 'utf8'));
} catch {
  // No browser tests ran before this.
}
mkdirSync(dirname(countsFile), { recursive: true });
writeFileSync(countsFile, JSON.stringify({ ...counts, node: tally }, null, 2));
process.exit(tally.failed + tally.fileErrors > 0 ? 1 : 0);
