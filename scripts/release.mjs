// `npm run release`: everything a partner needs to self-host one version, in
// release/mms-guidance-<version>.zip (dist/, sri.json, README, LICENSE,
// CHANGELOG), the npm tarball, and the WordPress plugin's zip. It packs what is
// committed; `npm test` has already checked that dist/ is what the source builds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipOf } from './zip.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'release';
const top = `mms-guidance-${version}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out);

const dist = readdirSync('dist', { recursive: true })
  .map((name) => join('dist', name))
  .filter((path) => statSync(path).isFile())
  .sort();
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
