// `npm run test:mutation [-- name ...]`: plants each bug of scripts/mutations.mjs
// in a scratch copy of the project, one at a time, runs the test files that
// should catch it in Chromium, and reports which were caught. The tests must
// pass on the unmutated copy first, or a "catch" would mean nothing. Slow (see
// CONTRIBUTING.md), so not part of `npm test`.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { mutations } from './mutations.mjs';

const project = resolve('.');
// `-- --check` only checks that every mutation still applies: quick, for after a change to src/.
const checkOnly = process.argv.includes('--check');
const wanted = process.argv.slice(2).filter((arg) => arg !== '--check');
const unknown = wanted.filter((name) => !mutations.some((m) => m.name === name));
if (unknown.length > 0) {
  console.error(`No mutation named ${unknown.join(', ')}. Names: ${mutations.map((m) => m.name).join(', ')}`);
  process.exit(2);
}
const chosen = wanted.length > 0 ? mutations.filter((m) => wanted.includes(m.name)) : mutations;

/** One test run may take this long; past it the run is killed. A hang counts as caught but fails the run: it is a defect of its own. */
const runLimit = 120_000;

// The scratch copy: everything but node_modules (linked) and what git or a run leaves behind.
const scratchRoot = mkdtempSync(join(tmpdir(), 'mms-mutation-'));
const scratch = join(scratchRoot, basename(project));
const skipped = new Set(['node_modules', '.git', '.test-tmp', 'bench']);
cpSync(project, scratch, { recursive: true, filter: (source) => !skipped.has(basename(source)) || source === project });
symlinkSync(join(project, 'node_modules'), join(scratch, 'node_modules'), 'dir');

/**
 * Runs test files in Chromium in the scratch copy; resolves to whether they
 * passed, whether they hung, and how long they took. The runner gets a process
 * group of its own, so a run past the limit is ended with its browser.
 */
function runTests(files) {
  const started = Date.now();
  // --group default: the given files only, not the visual group too.
  const runner = spawn(join(scratch, 'node_modules', '.bin', 'wtr'), ['--group', 'default', '--files', ...files], {
    cwd: scratch,
    env: { ...process.env, BROWSERS: 'chromium' },
    detached: true,
  });
  let output = '';
  runner.stdout.on('data', (chunk) => (output += chunk));
  runner.stderr.on('data', (chunk) => (output += chunk));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    process.kill(-runner.pid, 'SIGKILL');
  }, runLimit);
  return new Promise((resolve) => {
    runner.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      // Killed here, or a file the runner gave up on (testsFinishTimeout): a failure that hung before it failed.
      const hung = killed || /did not finish within/.test(output);
      resolve({ passed: code === 0, hung, seconds, output });
    });
  });
}

/** Failing test names from the runner's output, to show what caught a mutation. */
const failures = (output) =>
  [
    ...new Set(
      output
        .split('\n')
        .filter((line) => /^\s*❌/.test(line))
        .map((line) => line.trim().replace(/^❌\s*/, '')),
    ),
  ].slice(0, 3);

const startedAll = Date.now();
let exitCode = 0;
try {
  exitCode = await main();
} finally {
  rmSync(scratchRoot, { recursive: true, force: true });
}
process.exit(exitCode);

/** Returns the exit code: 0 when every mutation was caught, 1 when one survived or hung, 2 when none could run. */
async function main() {
  let exitCode = 0;
  // Every mutation must apply to the current source before any test runs.
  const notApplied = [];
  for (const mutation of chosen) {
    const path = join(scratch, mutation.file);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const count = text.split(mutation.find).length - 1;
    if (count !== 1) {
      notApplied.push(
        `${mutation.name}: in ${mutation.file}, the search text ${JSON.stringify(mutation.find)} matches ${count} times, not once`,
      );
    }
  }
  if (notApplied.length > 0) {
    console.error(`Mutations that do not apply (fix scripts/mutations.mjs):\n  ${notApplied.join('\n  ')}`);
    return 2;
  }
  if (checkOnly) {
    console.log(`All ${chosen.length} mutations apply.`);
    return 0;
  }

  const allFiles = [...new Set(chosen.flatMap((m) => m.tests))].sort();
  console.log(`Baseline: ${allFiles.join(' ')} (unmutated, Chromium)`);
  const baseline = await runTests(allFiles);
  if (!baseline.passed) {
    console.error(baseline.output);
    console.error(
      `The tests ${baseline.hung ? 'hang' : 'fail'} without any mutation (${baseline.seconds.toFixed(0)} s); fix them first.`,
    );
    return 2;
  }
  console.log(`  passes (${baseline.seconds.toFixed(0)} s)\n`);

  const results = [];
  for (const mutation of chosen) {
    const path = join(scratch, mutation.file);
    const original = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      original.replace(mutation.find, () => mutation.replace),
    );
    try {
      const run = await runTests(mutation.tests);
      const caught = !run.passed;
      results.push({ mutation, caught });
      const verdict = run.hung ? 'HUNG' : caught ? 'caught' : 'SURVIVED';
      // The runner's own time, without starting the browser, then the whole run's.
      const testsTook = /Finished running tests in ([\d.]+)s/.exec(run.output)?.[1];
      const took = `${testsTook ? `tests ${testsTook} s, ` : ''}run ${run.seconds.toFixed(1)} s`;
      console.log(`${verdict.padEnd(9)} ${mutation.name} (${took}): ${mutation.what}`);
      for (const name of caught ? failures(run.output) : []) console.log(`            by: ${name}`);
      if (run.hung || !caught) exitCode = 1;
    } finally {
      writeFileSync(path, original);
    }
  }

  const caught = results.filter((r) => r.caught).length;
  const minutes = ((Date.now() - startedAll) / 60000).toFixed(1);
  console.log(
    `\n${caught} of ${results.length} mutations caught (${Math.round((100 * caught) / results.length)}%) in ${minutes} min`,
  );
  const survivors = results.filter((r) => !r.caught).map((r) => r.mutation.name);
  if (survivors.length > 0) console.log(`Survived: ${survivors.join(', ')}`);
  return exitCode;
}
