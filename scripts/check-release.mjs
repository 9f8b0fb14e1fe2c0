// `npm run release` ships only what git tracks (release-files.mjs), checked on
// a scratch copy of the tracked files (`npm test` runs this):
// 1. with a `.env` planted in dist/ and in the WordPress plugin, and a
//    `debug.log` in its includes/, the release stops, names all three, and
//    writes no zip and no tarball;
// 2. without them, it writes the self-host zip, the npm tarball and the
//    WordPress zip, and none holds a file git does not track (or, for the
//    WordPress zip's assets/, that the release does not make or copy from dist/html/).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { trackedFiles } from './release-files.mjs';

const planted = ['dist/.env', 'wordpress/mms-guidance/.env', 'wordpress/mms-guidance/includes/debug.log'];
const problems = [];
const expect = (ok, problem) => ok || problems.push(problem);

/** The names in a zip, from its central directory (scripts/zip.mjs writes no extra fields or comments). */
function zipNames(path) {
  const bytes = readFileSync(path);
  const names = [];
  for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); at >= 0;) {
    const length = bytes.readUInt16LE(at + 28);
    names.push(bytes.subarray(at + 46, at + 46 + length).toString());
    at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 46 + length);
  }
  return names;
}

const scratch = mkdtempSync(join(tmpdir(), 'mms-release-'));
try {
  const tracked = [...trackedFiles()];
  for (const path of tracked) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    cpSync(path, join(scratch, path));
  }
  symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'));
  const git = (...args) =>
    execFileSync(
      'git',
      ['-c', 'user.name=check', '-c', 'user.email=check@localhost', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: scratch,
        stdio: 'ignore',
      },
    );
  git('init', '-q');
  git('add', '--', ...tracked);
  git('commit', '-q', '-m', 'scratch');
  const release = () => spawnSync('node', ['scripts/release.mjs'], { cwd: scratch, encoding: 'utf8' });

  for (const path of planted) writeFileSync(join(scratch, path), 'SECRET=planted\n');
  const refused = release();
  expect(refused.status !== 0, `with ${planted.join(', ')} planted, the release succeeded`);
  for (const path of planted) expect(refused.stderr.includes(path), `the refused release does not name ${path}`);
  const left = existsSync(join(scratch, 'release')) ? readdirSync(join(scratch, 'release')) : [];
  expect(left.length === 0, `the refused release left ${left.join(', ')}`);

  for (const path of planted) rmSync(join(scratch, path));
  const released = release();
  expect(released.status === 0, `without the planted files, the release failed:\n${released.stderr}`);
  const out = join(scratch, 'release');
  const made = existsSync(out) ? readdirSync(out) : [];
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const selfHost = `mms-guidance-${version}.zip`;
  const wordPress = `mms-guidance-wordpress-${version}.zip`;
  const tarball = `mms-guidance-${version}.tgz`;
  for (const name of [selfHost, wordPress, tarball]) expect(made.includes(name), `the release did not write ${name}`);
  if (problems.length === 0) {
    const shipped = new Set(tracked);
    const top = `mms-guidance-${version}/`;
    for (const name of zipNames(join(out, selfHost))) {
      const path = name.slice(top.length);
      expect(name.startsWith(top) && (shipped.has(path) || path === 'sri.json'), `${selfHost} holds ${name}`);
    }
    const made = /^mms-guidance\/assets\/(mms-guidance(\.[a-z]{2,3})?\.js|sri\.json|content\.json)$/;
    // The pre-rendered widget is copied from the tracked dist/html/.
    const fromDist = (name) => shipped.has(name.replace(/^mms-guidance\/assets\/html\//, 'dist/html/'));
    for (const name of zipNames(join(out, wordPress)))
      expect(shipped.has(`wordpress/${name}`) || made.test(name) || fromDist(name), `${wordPress} holds ${name}`);
    const packed = execFileSync('tar', ['-tzf', join(out, tarball)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const name of packed) expect(shipped.has(name.replace(/^package\//, '')), `${tarball} holds ${name}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `release: planted ${planted.join(', ')} refused by name; otherwise only tracked and generated files shipped`,
);
