// The one measure of a bundle's weight that the budgets, the README's size
// table and the floors all use: gzip level 9 with Node's zlib, as web servers compress.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const gzipBytes = (file) => gzipSize(readFileSync(file));
