// Writes dist/sri.json: the sha384 Subresource Integrity hash of each bundle,
// for the `integrity` attribute of a partner's script tag, and under `html-style`
// the CSP hash of the pre-rendered fragments' one inline <style> (the same in
// every language), for a strict policy's style-src.
// `node build/sri.mjs [dir]` hashes the bundles in dir/dist (default: .).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageBundles, languages } from './languages.mjs';
import { styleHash } from './style-hash.mjs';

const bundles = ['mms-guidance.js', 'mms-guidance.iife.js', ...languageBundles];

const dir = process.argv[2] ?? '.';
const hashes = Object.fromEntries(
  bundles.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(dir, 'dist', file)))
      .digest('base64')}`,
  ]),
);
const styles = new Set(
  languages.map((lang) => styleHash(readFileSync(join(dir, 'dist/html', `mms-guidance.${lang}.html`), 'utf8'))),
);
if (styles.size !== 1) throw new Error('the pre-rendered fragments should share one stylesheet, so one hash allows it');
hashes['html-style'] = [...styles][0];
writeFileSync(join(dir, 'dist', 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
