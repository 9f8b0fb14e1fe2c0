import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { extname, resolve, sep } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { browserPaths, chromiumArgs } from './scripts/browsers.mjs';
import { countReporter } from './tests/runner/count-reporter.mjs';
import { emulateMediaFeaturesPlugin } from './tests/runner/emulate-media-plugin.mjs';
import { runsGroups } from './tests/runner/groups.mjs';
import { installedPackagePlugin } from './tests/runner/installed-package-plugin.mjs';
import { qrPlugin } from './tests/runner/qr-plugin.mjs';
import { startWebKitDriver } from './tests/runner/webkit-driver.mjs';

// BROWSERS=chromium,firefox runs a subset while working; the test command runs all three.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: browserPaths.chromium,
        headless: true,
        args: chromiumArgs,
      },
    }),
  firefox: (extraPrefsFirefox = {}) =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: browserPaths.firefox, headless: true, extraPrefsFirefox },
    }),
  webkit: async () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: await startWebKitDriver(),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPaths.miniBrowser, args: ['--automation'] },
      },
    }),
};

const browsers = Object.fromEntries(await Promise.all(wanted.map(async (name) => [name, await launchers[name]()])));

/**
 * Serves a folder's files exactly as on disk at a URL prefix. For dist/, which
 * the test server would otherwise rewrite (import resolution, inline source
 * maps), so tests of the bundles, such as their integrity hashes, see the bytes
 * a partner downloads.
 */
function serveFolder(prefix, folder) {
  const root = resolve(folder);
  return async (context, next) => {
    if (!context.path.startsWith(`${prefix}/`)) return next();
    const file = resolve(root, `.${decodeURIComponent(context.path.slice(prefix.length))}`);
    if (!file.startsWith(root + sep)) return next();
    try {
      context.body = await readFile(file);
    } catch {
      return next();
    }
    context.type = extname(file);
  };
}

/**
 * Test pages served with the headers a strict partner site sends. `default-src
 * 'none'` on top of the policy a partner would use turns any request the widget
 * tried to make (image, font, fetch, frame) into a reported violation.
 */
const strictPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');
async function strictHeaders(context, next) {
  await next();
  if (context.path === '/tests/pages/strict.html') context.set('Content-Security-Policy', strictPolicy);
}

/**
 * A stand-in for a partner's content server: `/__content?type=…&status=…&wait=…&body=…`
 * answers with that content type, status and body, after `wait` ms, so tests
 * reach every way a content-src can fail. `repeat=n` sends the body n times
 * (a huge file), `pad=n` adds n spaces after it (a file of an exact size), and
 * `chunked` streams it with no Content-Length, in pieces of 64 KiB or of
 * `chunk=n` bytes, each written after the last has gone (small pieces).
 */
async function contentServer(context, next) {
  if (context.path !== '/__content') return next();
  const {
    type = 'application/json',
    status = '200',
    wait = '0',
    body = '',
    repeat = '1',
    pad = '0',
    chunk = '65536',
  } = context.query;
  await new Promise((resolve) => setTimeout(resolve, Number(wait)));
  context.status = Number(status);
  context.type = type;
  const text = body.repeat(Number(repeat)) + ' '.repeat(Number(pad));
  if (context.query.chunked === undefined) {
    context.body = text;
    return;
  }
  const size = Number(chunk);
  const pieces = async function* () {
    for (let at = 0; at < text.length; at += size) {
      yield text.slice(at, at + size);
      // Small pieces apart: the next one waits a macrotask, so the browser does not get them as one.
      if (size < 65536) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  context.body = Readable.from(pieces());
}

/**
 * A partner's page that prints a pre-rendered widget (dist/html/), as a server would:
 * `/__prerendered?lang=fr&script=none|now|late&wait=2000&csp&attrs=…`. `script=late` loads
 * the bundle through `/__slow/`, which answers after `wait` ms (a slow network); `csp`
 * sends a strict policy whose style-src allows the fragment's style by its hash only (dist/sri.json);
 * `attrs` is added to the element's start tag.
 */
async function prerenderedPages(context, next) {
  if (context.path.startsWith('/__slow/')) {
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.wait ?? 2000)));
    context.body = await readFile(resolve(context.path.slice('/__slow/'.length)));
    context.type = extname(context.path);
    // Never from the cache: each page waits for its own copy.
    context.set('Cache-Control', 'no-store');
    return;
  }
  if (context.path !== '/__prerendered') return next();
  const { lang = 'en', script = 'none', wait = '2000', csp, attrs = '' } = context.query;
  const fragment = await readFile(resolve('dist/html', `mms-guidance.${lang.replace(/\W/g, '')}.html`), 'utf8');
  const scripts = {
    none: '',
    now: '<script type="module" src="/dist/mms-guidance.js"></script>',
    late: `<script type="module" src="/__slow/dist/mms-guidance.js?wait=${Number(wait)}&page=${Math.random()}"></script>`,
  };
  context.type = 'html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Pre-rendered</title>${scripts[script] ?? ''}</head><body style="margin: 8px"><p>Text before the widget.</p>${fragment.replace('<mms-guidance ', `<mms-guidance ${attrs} `)}<p>Text after the widget.</p></body></html>`;
  if (csp !== undefined) {
    const { 'html-style': style } = JSON.parse(await readFile('dist/sri.json', 'utf8'));
    context.set(
      'Content-Security-Policy',
      `${strictPolicy.replace("style-src 'self'", `style-src 'self' '${style}'`)}`,
    );
  }
}

export default {
  files: ['tests/*.test.ts'],
  middleware: [serveFolder('/dist', 'dist'), strictHeaders, contentServer, prerenderedPages],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    emulateMediaFeaturesPlugin(),
    installedPackagePlugin(),
    qrPlugin(),
    visualRegressionPlugin({
      baseDir: 'tests/screenshots',
      update: process.env.UPDATE_VISUAL_BASELINE === '1',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: Object.values(browsers),
  groups: runsGroups(process.argv)
    ? [
        {
          // WebKit's screenshots come out blank here, so visual tests run in Chromium and Firefox.
          name: 'visual',
          files: ['tests/visual/*.test.ts'],
          browsers: [browsers.chromium, browsers.firefox].filter(Boolean),
        },
        // Firefox can only enter forced colours by preference, so it gets a browser of its own.
        ...(wanted.includes('firefox')
          ? [
              {
                name: 'forced-colors',
                files: ['tests/forced-colors/*.test.ts'],
                browsers: [launchers.firefox({ 'browser.display.document_color_use': 2 })],
              },
            ]
          : []),
      ]
    : [],
  concurrency: 1,
  // A test awaiting something that never comes fails after 10 s, naming itself.
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  // A page that stops answering (a blocked main thread) fails its file after 45 s: the slowest
  // file, a11y in WebKit, takes 14 s with the browser's start, so this leaves room for a busy machine.
  testsFinishTimeout: 45000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
