// Builds everything that goes into dist/: the bundles (all languages, then one
// per language), the partner-content JSON Schema, the iframe embed, the
// npm entries, the bundles' SRI hashes and the type declarations. `node scripts/build.mjs [dir]` builds
// into dir/dist (default: .), which is how the tests check dist/ is fresh.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from './languages.mjs';

const dir = process.argv[2] ?? '.';
const out = join(dir, 'dist');
const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
const bin = (name) => join('node_modules', '.bin', name);

run(bin('vite'), ['build', '--outDir', out, '--logLevel', 'error']);
for (const lang of languages) {
  run(bin('vite'), ['build', '--outDir', out, '--logLevel', 'error'], { MMS_LANG: lang });
}
copyFileSync('src/content/content.schema.json', join(out, 'content.schema.json'));
run(bin('vite'), ['build', '-c', 'vite.embed.config.ts', '--outDir', out, '--logLevel', 'error']);
run(bin('vite'), ['build', '-c', 'vite.npm.config.ts', '--outDir', join(out, 'npm'), '--logLevel', 'error']);
run('node', ['scripts/sri.mjs', dir]);
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--declarationDir', join(out, 'types')]);
