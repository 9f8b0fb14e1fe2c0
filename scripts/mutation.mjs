// `npm run test:mutation [-- name ...]`: plants each bug of scripts/mutations.mjs
// in a scratch copy of the project, one at a time, runs the test files that
// should catch it in Chromium, and reports which were caught. The tests must
// pass on the unmutated copy first, or a "catch" would mean nothing. Where the
// mutated file feeds a built file those tests load (the bundle, the embed's
// scripts), that output is rebuilt from the mutated copy first. Slow (see
// CONTRIBUTING.md), so not part of `npm test`.
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { languages } from '../build/languages.mjs';
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

/** The files of src/ a module imports, itself included, followed through relative imports. */
function sourcesOf(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(scratch, file))) return;
    seen.add(file);
    const text = readFileSync(join(scratch, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g)) {
      const target = relative(scratch, resolve(join(scratch, dirname(file)), spec.replace(/\.js$/, '.ts')));
      visit(target.split('\\').join('/'));
    }
  };
  for (const entry of entries) visit(entry);
  return seen;
}

/**
 * The built files tests load, each with the Vite mode of vite.config.ts that writes it, the sources it is
 * built from, and how a test (or a page of tests/pages/ it frames) is seen to load it. embed.html loads the
 * bundle and embed.js; a pre-rendered page (`/__prerendered`) loads the bundle. The pre-rendered HTML itself
 * (dist/html/, the widget inside dist/embed*.html) is not rebuilt: a mutation there is caught once the script
 * upgrades the widget.
 */
const bundleSources = sourcesOf(['src/index.ts']);
const outputs = [
  {
    mode: 'bundle',
    files: ['mms-guidance.js', 'mms-guidance.iife.js'],
    sources: bundleSources,
    loadedBy: /dist\/mms-guidance(\.iife)?\.js|dist\/embed(\.\w+|\$\{[^}]*\})?\.html|__prerendered/,
  },
  ...languages.map((lang) => ({
    mode: `bundle-${lang}`,
    files: [`mms-guidance.${lang}.js`],
    sources: bundleSources,
    loadedBy: new RegExp(`dist/mms-guidance\\.(${lang}|\\$\\{[^}]*\\})\\.js`),
  })),
  {
    mode: 'embed',
    files: ['embed.js', 'embed-resizer.js'],
    sources: sourcesOf(['src/embed/embed.ts', 'src/embed/resizer.ts']),
    loadedBy: /dist\/embed/,
  },
];

/** A test file's text with the text of the pages of tests/pages/ it names (and the files they name). */
const pages = readdirSync(join(scratch, 'tests/pages'));
function loadedText(test) {
  const texts = [readFileSync(join(scratch, test), 'utf8')];
  const named = new Set();
  for (let i = 0; i < texts.length; i++) {
    const anyPage = /tests\/pages\/\$\{/.test(texts[i]);
    for (const page of pages) {
      if (named.has(page) || !(anyPage || texts[i].includes(page))) continue;
      named.add(page);
      texts.push(readFileSync(join(scratch, 'tests/pages', page), 'utf8'));
    }
  }
  return texts.join('\n');
}

/** The outputs a mutation must rebuild: built from its file, and loaded by one of its tests. */
const rebuilds = (mutation) =>
  outputs.filter(
    (output) =>
      output.sources.has(mutation.file) && mutation.tests.some((test) => output.loadedBy.test(loadedText(test))),
  );

/**
 * Builds each output's Vite mode from the (mutated) scratch copy into a folder of its own, and copies only
 * its files into dist/ (the embed mode would also copy the page without its pre-rendered widget), with their
 * SRI hashes in dist/sri.json. Returns a function that puts the committed files back.
 */
function rebuild(chosenOutputs) {
  const dist = join(scratch, 'dist');
  const saved = new Map();
  const keep = (file) => saved.has(file) || saved.set(file, readFileSync(join(dist, file)));
  const restore = () => saved.forEach((bytes, file) => writeFileSync(join(dist, file), bytes));
  try {
    keep('sri.json');
    const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8'));
    for (const output of chosenOutputs) {
      const outDir = join(scratchRoot, `build-${output.mode}`);
      rmSync(outDir, { recursive: true, force: true });
      execFileSync(
        join(scratch, 'node_modules', '.bin', 'vite'),
        ['build', '--mode', output.mode, '--outDir', outDir, '--logLevel', 'error'],
        { cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      for (const file of output.files) {
        keep(file);
        copyFileSync(join(outDir, file), join(dist, file));
        if (file in sri) {
          sri[file] = `sha384-${createHash('sha384')
            .update(readFileSync(join(dist, file)))
            .digest('base64')}`;
        }
      }
    }
    writeFileSync(join(dist, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
  } catch (error) {
    restore();
    throw error;
  }
  return restore;
}

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
    for (const mutation of chosen) {
      const built = rebuilds(mutation).map((output) => output.mode);
      if (built.length > 0) console.log(`${mutation.name} rebuilds ${built.join(', ')}`);
    }
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
    let restoreDist = () => {};
    try {
      const built = rebuilds(mutation);
      const buildStarted = Date.now();
      try {
        restoreDist = rebuild(built);
      } catch (error) {
        // A mutation the bundler cannot build would be caught by any test of the built file.
        results.push({ mutation, caught: true });
        console.log(`caught    ${mutation.name} (the build fails: ${String(error.stderr ?? error).split('\n')[0]})`);
        continue;
      }
      const buildSeconds = (Date.now() - buildStarted) / 1000;
      const run = await runTests(mutation.tests);
      const caught = !run.passed;
      results.push({ mutation, caught });
      const verdict = run.hung ? 'HUNG' : caught ? 'caught' : 'SURVIVED';
      // The rebuild, the runner's own time without starting the browser, then the whole run's.
      const testsTook = /Finished running tests in ([\d.]+)s/.exec(run.output)?.[1];
      const rebuilt =
        built.length > 0 ? `rebuilt ${built.map((o) => o.mode).join(', ')} ${buildSeconds.toFixed(1)} s, ` : '';
      const took = `${rebuilt}${testsTook ? `tests ${testsTook} s, ` : ''}run ${run.seconds.toFixed(1)} s`;
      console.log(`${verdict.padEnd(9)} ${mutation.name} (${took}): ${mutation.what}`);
      for (const name of caught ? failures(run.output) : []) console.log(`            by: ${name}`);
      if (run.hung || !caught) exitCode = 1;
    } finally {
      writeFileSync(path, original);
      restoreDist();
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
