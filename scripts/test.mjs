// The one test command: browsers present, static checks, fresh dist/ within
// budget, then the browser tests in Chromium, Firefox and WebKit. Ends with the
// line CI reads: `tests: N passed, N failed`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';
import { countsFile } from '../tests/runner/count-reporter.mjs';
import { bin } from './run.mjs';

const steps = [
  ['browsers installed', ensureBrowsers],
  [
    'types (npm run typecheck: tsc --noEmit, strict)',
    () => execFileSync('npm', ['run', '--silent', 'typecheck'], { stdio: 'inherit' }),
  ],
  [
    'lint (npm run lint: ESLint with lit and wc plugins, lit-analyzer)',
    () => execFileSync('npm', ['run', '--silent', 'lint'], { stdio: 'inherit' }),
  ],
  [
    'format (npm run format -- --check: Prettier)',
    () => execFileSync('npm', ['run', '--silent', 'format', '--', '--check'], { stdio: 'inherit' }),
  ],
  ['layout tree in CONTRIBUTING.md', () => execFileSync('node', ['scripts/check-layout.mjs'], { stdio: 'inherit' })],
  [
    'commands in README.md and CONTRIBUTING.md',
    () => execFileSync('node', ['scripts/check-doc-commands.mjs'], { stdio: 'inherit' }),
  ],
  ['dist/ fresh and within budget', () => execFileSync('node', ['scripts/check-dist.mjs'], { stdio: 'inherit' })],
  ['content schema (Ajv)', () => execFileSync('node', ['scripts/check-schema.mjs'], { stdio: 'inherit' })],
  [
    'npm package packs, installs, imports in Node',
    () => execFileSync('node', ['scripts/check-package.mjs'], { stdio: 'inherit' }),
  ],
  [
    'npm run release on a fresh clone, before npm install',
    () => execFileSync('node', ['scripts/check-release-fresh.mjs'], { stdio: 'inherit' }),
  ],
  [
    'release ships only tracked files (planted .env and debug.log refused)',
    () => execFileSync('node', ['scripts/check-release.mjs'], { stdio: 'inherit' }),
  ],
  ['package exports (publint)', () => execFileSync(bin('publint'), ['--strict'], { stdio: 'inherit' })],
  [
    'package types (arethetypeswrong, ESM only)',
    () =>
      execFileSync(
        bin('attw'),
        ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', 'embed.html', '--format', 'table'],
        {
          stdio: 'inherit',
        },
      ),
  ],
  [
    'GitHub workflows (action-validator, actions pinned to commits, release powers apart)',
    () => execFileSync('node', ['scripts/check-workflows.mjs'], { stdio: 'inherit' }),
  ],
  [
    'npm start serves dist/ byte for byte',
    () => execFileSync('node', ['scripts/check-dev-server.mjs'], { stdio: 'inherit' }),
  ],
  ['browser tests', () => execFileSync(bin('wtr'), [], { stdio: 'inherit' })],
  // After the browser tests, these two add their counts to the file the browser tests' reporter writes.
  [
    'Node tests (plain-words readability, translation files through gettext)',
    () => execFileSync('node', ['scripts/node-tests.mjs'], { stdio: 'inherit' }),
  ],
  [
    'WordPress plugin in real WordPress (npm run test:wordpress)',
    () => execFileSync('node', ['scripts/wordpress/test.mjs'], { stdio: 'inherit' }),
  ],
];

let failedStep;
rmSync(countsFile, { force: true });
for (const [name, step] of steps) {
  console.log(`\n▶ ${name}`);
  try {
    step();
  } catch (error) {
    failedStep = name;
    if (error.message && !error.status) console.error(error.message);
    break;
  }
}

let passed = 0;
let failed = 0;
try {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  for (const [browser, tally] of Object.entries(counts)) {
    console.log(
      `${browser}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped, ${tally.fileErrors} file errors`,
    );
    passed += tally.passed;
    failed += tally.failed + tally.skipped + tally.fileErrors;
  }
} catch {
  // The browser tests did not run; the failed step is reported below.
}
// A step that failed with no failed test to show for it counts as one, so the last line never reads "0 failed" then.
if (failedStep) {
  console.error(`\nFailed: ${failedStep}`);
  if (failed === 0) failed = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
