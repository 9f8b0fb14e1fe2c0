// `npm run release` on a fresh clone, before any `npm install`: the files git
// would give (tracked or new, not ignored) in a new repository with no
// node_modules, as a maintainer or a partner building their own release gets
// them. It must write the web zip, the npm tarball and the WordPress plugin's
// zip; it once wrote the first two, then failed on the third for want of `lit`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const clone = mkdtempSync(join(tmpdir(), 'mms-guidance-clone-'));
const quiet = { cwd: clone, stdio: ['ignore', 'ignore', 'inherit'] };
try {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    // node_modules is a link in a worktree, which .gitignore's node_modules/ does not cover.
    .filter((path) => path && path !== 'node_modules' && existsSync(path));
  for (const path of files) {
    mkdirSync(join(clone, dirname(path)), { recursive: true });
    cpSync(path, join(clone, path));
  }
  execFileSync('git', ['init', '-q'], quiet);
  execFileSync('git', ['add', '-A'], quiet);
  execFileSync('git', ['-c', 'user.name=check', '-c', 'user.email=check@localhost', 'commit', '-qm', 'clone'], quiet);
  execFileSync('npm', ['run', '--silent', 'release'], quiet);
  const expected = [
    `mms-guidance-${version}.tgz`,
    `mms-guidance-${version}.zip`,
    `mms-guidance-wordpress-${version}.zip`,
  ];
  const written = readdirSync(join(clone, 'release')).sort();
  if (JSON.stringify(written) !== JSON.stringify(expected)) {
    console.error(`npm run release on a fresh clone wrote ${written.join(', ')}; expected ${expected.join(', ')}.`);
    process.exitCode = 1;
  } else console.log(`npm run release on a fresh clone, with no node_modules: ${written.join(', ')}`);
} finally {
  rmSync(clone, { recursive: true, force: true });
}
