// `npm run release`: everything a partner needs to self-host one version, in
// release/mms-guidance-<version>.zip (dist/, sri.json, README, LICENSE,
// CHANGELOG), the npm tarball, and the WordPress plugin's zip. It packs only
// what git tracks, plus the files it makes itself, and stops, naming them, at
// any other file where it takes files from (release-files.mjs); `npm test` has
// already checked that dist/ is what the source builds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { refuse, trackedFiles, untrackedFiles, untrackedInPack } from './release-files.mjs';
import { zipOf } from './zip.mjs';

const wordPressSource = 'wordpress/mms-guidance';

/** A file the release will not ship stops it with one clear message, not a stack trace. */
function orStop(check) {
  try {
    return check();
  } catch (error) {
    console.error(`npm run release: ${error.message}`);
    process.exit(1);
  }
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'release';
const top = `mms-guidance-${version}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out);

// Every check before anything is written, so a refused release leaves nothing behind.
orStop(() =>
  refuse([
    ...untrackedFiles('dist'),
    ...untrackedFiles(wordPressSource, [`${wordPressSource}/assets`]),
    ...untrackedInPack(),
  ]),
);
const dist = [...trackedFiles('dist')].sort();
const files = [...dist, 'README.md', 'LICENSE', 'CHANGELOG.md'];
const entries = [
  ...files.map((path) => ({ name: `${top}/${path}`, path })),
  { name: `${top}/sri.json`, path: 'dist/sri.json' },
];
const zip = join(out, `${top}.zip`);
writeFileSync(zip, zipOf(entries));
console.log(`${zip}: ${entries.length} files, ${statSync(zip).size.toLocaleString('en')} bytes`);

execFileSync('npm', ['pack', '--pack-destination', out, '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });

if (existsSync('scripts/wordpress-package.mjs')) {
  const { buildWordPressZip } = await import('./wordpress-package.mjs');
  await buildWordPressZip({ version, outDir: out });
}
