// Writes dist/sri.json: the sha384 Subresource Integrity hash of each bundle,
// for the `integrity` attribute of a partner's script tag.
// `node build/sri.mjs [dir]` hashes the bundles in dir/dist (default: .).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageBundles } from './languages.mjs';

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
writeFileSync(join(dir, 'dist', 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
