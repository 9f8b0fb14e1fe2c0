// The GitHub workflows, checked without running them (`npm test` runs this):
// - action-validator accepts each file;
// - every `uses:` names a full commit SHA, with its tag in a comment: a tag can
//   be moved to other code by whoever controls the action's repository;
// - the release keeps its two powers apart: the job that installs dev
//   dependencies and runs the tests may only read, and keeps no credentials in
//   .git/config; only the publish job, in a protected environment, may write
//   or mint an OIDC token, and no long-lived npm token is used.
// Exits non-zero naming each problem.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin } from './run.mjs';

const folder = '.github/workflows';
const problems = [];

/** The jobs of a workflow, by name, each as its lines (two-space indented names under `jobs:`). */
function jobsOf(text) {
  const lines = text.split('\n');
  const jobs = {};
  let current;
  let inJobs = false;
  for (const line of lines) {
    if (/^\S/.test(line)) inJobs = line.startsWith('jobs:');
    else if (inJobs && /^ {2}[\w-]+:\s*$/.test(line)) jobs[(current = line.trim().slice(0, -1))] = [];
    else if (inJobs && current) jobs[current].push(line);
  }
  return Object.fromEntries(Object.entries(jobs).map(([name, body]) => [name, body.join('\n')]));
}

/** The `uses:` lines that do not pin a full commit SHA with the tag it stands for. */
function unpinned(text) {
  return text
    .split('\n')
    .filter((line) => /^\s*(-\s+)?uses:/.test(line))
    .map((line) => line.trim().replace(/^-\s+/, ''))
    .filter((line) => !/^uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/.test(line) && !/^uses: \.\//.test(line));
}

/**
 * action-validator 0.6.0 (the newest) carries a schema older than the
 * `attestations` permission, which actions/attest needs, and refuses it; the
 * file is validated with that one line left out, and the line is checked below.
 */
function validate(file, text) {
  const scratch = mkdtempSync(join(tmpdir(), 'mms-workflow-'));
  try {
    const copy = join(scratch, file.split('/').pop());
    writeFileSync(copy, text.replace(/^ +attestations: write\n/gm, ''));
    execFileSync(bin('action-validator'), [copy], { stdio: 'inherit' });
  } catch {
    problems.push(`${file}: action-validator refuses it (above)`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Permissions a job may hold: `contents: read` alone unless it is the release's publish job. */
function checkRelease(file, text) {
  const expect = (ok, problem) => ok || problems.push(`${file}: ${problem}`);
  expect(/^permissions: \{\}$/m.test(text), 'the workflow must grant no permissions of its own (`permissions: {}`)');
  expect(
    !/secrets\.NPM_TOKEN|NODE_AUTH_TOKEN:/.test(text),
    'publishes with a long-lived npm token; use trusted publishing',
  );
  const jobs = jobsOf(text);
  const { test, publish } = jobs;
  expect(test && publish && Object.keys(jobs).length === 2, 'should have exactly two jobs, test and publish');
  if (!test || !publish) return;
  const permissions = (job) => (/\n {4}permissions:\n((?: {6}.*\n?)+)/.exec(`\n${job}\n`)?.[1] ?? '').trim();
  expect(permissions(test) === 'contents: read', 'the test job may only read the repository');
  expect(/npm ci --no-audit/.test(test) && /npm test/.test(test), 'the test job installs and tests');
  expect(/^ {4}needs: test$/m.test(publish), 'publish must wait for the test job');
  expect(/^ {4}environment: \S+/m.test(publish), 'publish must run in a protected environment');
  expect(/id-token: write/.test(permissions(publish)), 'publish needs an OIDC token for trusted publishing');
  expect(/attestations: write/.test(permissions(publish)), 'publish needs to write the attestations');
  expect(
    /npm ci --omit=dev --ignore-scripts/.test(publish),
    'publish installs no dev dependency and runs no install script',
  );
  expect(/uses: actions\/attest@.*\n(?:.*\n)*? {12}release\/\*\.zip/.test(publish), 'publish attests the zips');
  expect(/npm publish /.test(publish), 'publish publishes to npm');
}

for (const name of readdirSync(folder).sort()) {
  const file = join(folder, name);
  const text = readFileSync(file, 'utf8');
  validate(file, text);
  for (const line of unpinned(text))
    problems.push(`${file}: "${line}" is not pinned to a full commit SHA with its tag`);
  // A checkout that keeps the token in .git/config hands it to every later step.
  const checkouts = text.match(/uses: actions\/checkout@.*\n(?:\s+with:\n(?:\s{10}.*\n)*)?/g) ?? [];
  for (const checkout of checkouts)
    if (!/persist-credentials: false/.test(checkout)) problems.push(`${file}: a checkout keeps its credentials`);
  if (name === 'release.yml') checkRelease(file, text);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `${readdirSync(folder).length} workflows valid, every action pinned to a commit, the release's powers apart`,
);
