// Builds everything that goes into dist/: the bundles (all languages, then one
// per language), the partner-content JSON Schema, the iframe embed, the
// npm entries, the pre-rendered fragments (dist/html/), the bundles' SRI hashes
// and the fragments' style hash, the type declarations, and the dissemination kit (dist/kit/,
// build/kit.mjs). `node build/build.mjs [dir] [--kit-text-only]` builds into dir/dist (default: .),
// which is how the tests check dist/ is fresh; --kit-text-only leaves out the kit's PDFs and PNGs,
// which Chromium does not make byte for byte the same twice (dist/kit/manifest.json stands for them).
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { languages } from './languages.mjs';
import { bin, run } from '../scripts/run.mjs';

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '.';
const kitTextOnly = process.argv.includes('--kit-text-only');
const out = join(dir, 'dist');
const vite = (mode, outDir) => run(bin('vite'), ['build', '--mode', mode, '--outDir', outDir, '--logLevel', 'error']);

// build/kit.mjs keeps the renders whose pages did not change: set the kit aside while dist/ is made again.
const keptKit = mkdtempSync(join(tmpdir(), 'mms-kit-kept-'));
if (existsSync(join(out, 'kit'))) cpSync(join(out, 'kit'), keptKit, { recursive: true });
rmSync(out, { recursive: true, force: true });
vite('bundle', out);
for (const lang of languages) vite(`bundle-${lang}`, out);
copyFileSync('src/content/content.schema.json', join(out, 'content.schema.json'));
vite('embed', out);
vite('npm', join(out, 'npm'));
run('node', ['build/prerender.mjs', dir]);
run('node', ['build/sri.mjs', dir]);
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--declarationDir', join(out, 'types')]);
cpSync(keptKit, join(out, 'kit'), { recursive: true });
rmSync(keptKit, { recursive: true, force: true });
run('node', ['build/kit.mjs', dir, ...(kitTextOnly ? ['--text-only'] : [])]);
