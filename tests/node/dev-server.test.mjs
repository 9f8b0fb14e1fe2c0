// `npm run dev` hot-reloads a source edit: on a scratch copy of the project
// (its node_modules linked), the dev server runs as package.json's `dev` script
// says, the demo opens in Chromium, and an edit of the key-message callout's
// border in the copy's src/ restyles the widget in place, without the page
// reloading. Also: the demo's /dist/ scripts come from the source, with source
// maps, and embed.html from src/embed/public with the page's own policy.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from '../../scripts/browsers.mjs';

const copy = mkdtempSync(join(tmpdir(), 'mms-dev-'));
for (const path of ['src', 'demo', 'build', 'dist', 'vite.config.ts', 'tsconfig.json', 'package.json'])
  cpSync(path, join(copy, path), { recursive: true });
symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));

let server;
let browser;
let base;

/** Resolves with what `check` returns once it is truthy; fails naming `what` after `ms`. */
function within(ms, what, check) {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    const step = () => {
      const found = check();
      if (found) {
        clearTimeout(timer);
        done(found);
      }
    };
    server.stdout.on('data', step);
    step();
  });
}

before(async () => {
  const script = JSON.parse(readFileSync('package.json', 'utf8')).scripts.dev;
  const [command, ...args] = script.split(' ');
  assert.equal(command, 'vite', `the dev script runs Vite: ${script}`);
  server = spawn(join('node_modules', '.bin', 'vite'), [...args, '--port', '0'], {
    cwd: copy,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  base = await within(
    30_000,
    `the dev server's address (output so far: ${output})`,
    () => /Local:\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1],
  );
  browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(copy, { recursive: true, force: true });
});

test('the demo loads the widget from src/, with source maps', async () => {
  const served = await (await fetch(`${base}/dist/mms-guidance.js`)).text();
  assert.match(served, /\/src\/mms-guidance\.ts/, 'the bundle URL serves src/index.ts, which imports the element');
  assert.match(served, /sourceMappingURL=data:application\/json/, 'with its source map inline');
  const resizer = await (await fetch(`${base}/dist/embed-resizer.js`)).text();
  assert.match(resizer, /sourceMappingURL=data:application\/json/, 'the resizer from src/ too');
  const embed = await (await fetch(`${base}/dist/embed.html`)).text();
  assert.match(embed, /\/@vite\/client/, "embed.html with Vite's client");
  assert.match(embed, /require-trusted-types-for 'script'/, 'and its own policy');
});

test('an edit of the callout border restyles the widget in the demo without a reload', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/demo/`);
  const border = () =>
    page.evaluate(() => {
      const callout = document.querySelector('mms-guidance')?.shadowRoot?.querySelector('[part="key-message"]');
      return callout ? getComputedStyle(callout).borderTopStyle : '';
    });
  await page.waitForFunction(
    () => document.querySelector('mms-guidance')?.shadowRoot?.querySelector('[part="key-message"]'),
    { timeout: 30_000 },
  );
  assert.equal(await border(), 'solid', 'the callout border before the edit');
  await page.evaluate(() => (window.notReloaded = true));

  const file = join(copy, 'src', 'mms-guidance.styles.ts');
  const styles = readFileSync(file, 'utf8');
  const rule = 'border: var(--_border-width) solid var(--_key-message-border-color);';
  assert.ok(styles.includes(rule), `the callout's border rule in src/mms-guidance.styles.ts: ${rule}`);
  writeFileSync(file, styles.replace(rule, 'border: var(--_border-width) dashed var(--_key-message-border-color);'));

  await page.waitForFunction(
    () =>
      getComputedStyle(document.querySelector('mms-guidance').shadowRoot.querySelector('[part="key-message"]'))
        .borderTopStyle === 'dashed',
    { timeout: 20_000 },
  );
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
  await page.close();
});
