// What a release may ship: the files git tracks, and the few the release
// itself makes. Anything else found where a release takes files from (a
// `.env`, a `debug.log`, an editor's backup) stops the release with its name,
// rather than going quietly to every partner who downloads it.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The paths git tracks under `folder` (relative to the repository's top, with `/`). */
export function trackedFiles(folder = '.') {
  let out;
  try {
    out = execFileSync('git', ['ls-files', '-z', '--', folder], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(`a release is packed from what git tracks, and git could not list it: ${error.message}`);
  }
  return new Set(out.split('\0').filter(Boolean));
}

/** Every file under `folder` on disk, with `/`, `skip`ped folders left out. */
function filesOnDisk(folder, skip) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative('.', join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !skip.some((skipped) => path.startsWith(`${skipped}/`)))
    .sort();
}

/** The files under `folder` on disk that git does not track, leaving out the folders in `skip`. */
export function untrackedFiles(folder, skip = []) {
  const tracked = trackedFiles(folder);
  return filesOnDisk(folder, skip).filter((path) => !tracked.has(path));
}

/** npm packs by package.json's `files`, whatever git says: the files it would pack that git does not track. */
export function untrackedInPack() {
  const tracked = trackedFiles();
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { encoding: 'utf8' }));
  return pack.files.map((file) => file.path).filter((path) => !tracked.has(path));
}

/** Throws, naming them all, if there is any file a release would ship that git does not track. */
export function refuse(strays) {
  const names = [...new Set(strays)].sort();
  if (names.length === 0) return;
  throw new Error(
    `a release ships only files git tracks, and found ${names.length} that it does not:\n` +
      names.map((path) => `  ${path}`).join('\n') +
      '\nCommit them if they belong in the release, or remove them.',
  );
}
