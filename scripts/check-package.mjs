// Packs the npm tarball as `npm publish` would, installs it into a scratch
// project (.test-tmp/consumer), and checks it from there as an app would:
// imported in Node as an SSR framework does, and type-checked with React 19 JSX.
// The browser tests then render the element from that install (tests/package.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const scratch = resolve('.test-tmp/consumer');
function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
run('npm', ['pack', '--pack-destination', scratch, '--silent'], '.');
const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify({
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies: { 'mms-guidance': `file:./${tarball}` },
  }),
);
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], scratch);

const packed = run('tar', ['-tzf', join(scratch, tarball)], '.').split('\n');
for (const needed of [
  'package/dist/npm/index.js',
  'package/dist/mms-guidance.js',
  'package/dist/types/index.d.ts',
  'package/custom-elements.json',
]) {
  if (!packed.includes(needed)) throw new Error(`the tarball lacks ${needed}`);
}

// Tools that read the manifest (IDEs, Storybook) find it where package.json says.
const installed = join(scratch, 'node_modules', 'mms-guidance');
const manifestField = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).customElements;
if (!packed.includes(`package/${manifestField}`))
  throw new Error(`package.json's customElements (${manifestField}) is not in the tarball`);

// Node, as an SSR framework imports it: neither entry may throw.
writeFileSync(
  join(scratch, 'ssr.mjs'),
  `const define = await import('mms-guidance');
const { MmsGuidance } = await import('mms-guidance/class');
if (define.MmsGuidance !== MmsGuidance || typeof MmsGuidance !== 'function') throw new Error('entries disagree');
// The one-language bundles and the content schema resolve by their documented names.
for (const name of ['mms-guidance/bundle/fr', 'mms-guidance/bundle/ur', 'mms-guidance/content.schema.json']) import.meta.resolve(name);
console.log('ssr import ok');`,
);
if (!run('node', ['ssr.mjs'], scratch).includes('ssr import ok')) throw new Error('the SSR import printed nothing');

// TypeScript with React 19's JSX and the DOM tag map, from the published types.
writeFileSync(
  join(scratch, 'app.tsx'),
  `import type {} from 'mms-guidance/react';
import type { MmsGuidance } from 'mms-guidance';
export const app = <mms-guidance lang="fr" heading-level="3" open-items="evidence" color-scheme="dark" contrast-guard="off" content-src="/c.json" guidance-href="/g" share="off" share-url="https://example.org/" link-prefix="g-" structured-data />;
export const byProperty = <mms-guidance headingLevel={3} openItems={['evidence']} colorScheme="auto" share="auto" shareUrl="https://example.org/" linkPrefix="g-" structuredData={false} />;
const element: MmsGuidance = document.createElement('mms-guidance');
element.expand('evidence');
`,
);
writeFileSync(
  join(scratch, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      jsx: 'react-jsx',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      target: 'ES2021',
      lib: ['ES2021', 'DOM'],
      noEmit: true,
      types: [],
      typeRoots: [resolve('node_modules/@types')],
    },
    files: ['app.tsx'],
  }),
);
run(resolve('node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], scratch);
console.log(`package: ${tarball} packs, installs, imports in Node and type-checks with React 19 JSX`);
