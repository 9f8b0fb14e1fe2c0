// Runs Lighthouse 12 (mobile emulation, its defaults) on the demo partner page,
// served as built, without the dev server: demo/index.html loading dist/. Writes
// the four category scores to LIGHTHOUSE.md. The target is 100 in each.
import { launch } from 'chrome-launcher';
import { browserPaths, chromiumArgs, ensureBrowsers } from '../scripts/browsers.mjs';
import lighthouse from 'lighthouse';
import { createReadStream, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

const server = createServer((request, response) => {
  const path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = path.endsWith('/') ? join(path, 'index.html') : path;
  if (!file.startsWith(root)) return response.writeHead(403).end();
  response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
  // As a production host would: compressed and cached.
  response.setHeader('Cache-Control', 'public, max-age=31536000');
  response.setHeader('Content-Encoding', 'gzip');
  createReadStream(file)
    .on('error', () => response.writeHead(404).end())
    .pipe(createGzip())
    .pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/demo/`;

ensureBrowsers();
const chrome = await launch({
  chromePath: browserPaths.chromium,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const { categories, lighthouseVersion, environment } = result.lhr;
  const rows = Object.values(categories).map(
    (category) => `| ${category.title} | ${Math.round(category.score * 100)} |`,
  );
  const below = Object.values(categories)
    .filter((category) => category.score < 1)
    .flatMap((category) =>
      category.auditRefs
        .map((ref) => result.lhr.audits[ref.id])
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'notApplicable',
        )
        .map((audit) => `- ${category.title}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
    );
  const text = [
    '# Lighthouse',
    '',
    `Written by \`npm run bench:lighthouse\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${lighthouseVersion}, mobile emulation (its default), on \`demo/index.html\` served from \`dist/\`; ${environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'} (Debian).`,
    '',
    '| category | score |',
    '| --- | --- |',
    ...rows,
    '',
    below.length > 0 ? `What kept a score below 100:\n\n${below.join('\n')}` : 'Every category scores 100.',
    '',
  ].join('\n');
  writeFileSync(join(here, 'LIGHTHOUSE.md'), text);
  console.log(text);
} finally {
  await chrome.kill();
  server.close();
}
