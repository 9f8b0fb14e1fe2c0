// Browsers from anywhere: CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and
// MINIBROWSER_PATH override the Debian paths in scripts/browsers.mjs, the test
// runner's config launches what browserPaths names, and no other file starts a
// browser from a path of its own.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { test } from 'node:test';
import { browserOverrides, browserPaths } from '../../scripts/browsers.mjs';

const root = join(import.meta.dirname, '..', '..');
const variables = {
  chromium: 'CHROME_PATH',
  firefox: 'FIREFOX_PATH',
  webkitDriver: 'WEBKIT_DRIVER_PATH',
  miniBrowser: 'MINIBROWSER_PATH',
};

/** Runs fn with these variables set (or, for undefined, unset), then puts the environment back. */
const withEnv = (values, fn) => {
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const set = (name, value) =>
    value === undefined ? Reflect.deleteProperty(process.env, name) : (process.env[name] = value);
  for (const [name, value] of Object.entries(values)) set(name, value);
  try {
    return fn();
  } finally {
    for (const [name, value] of Object.entries(before)) set(name, value);
  }
};

test('without the variables, the Debian paths', () => {
  const unset = Object.fromEntries(Object.values(variables).map((name) => [name, undefined]));
  withEnv(unset, () => {
    assert.equal(browserPaths.chromium, '/usr/bin/chromium');
    assert.equal(browserPaths.firefox, '/usr/bin/firefox-esr');
    assert.equal(browserPaths.webkitDriver, '/usr/bin/WebKitWebDriver');
    const mini = browserPaths.miniBrowser;
    assert.ok(mini === undefined || /^\/usr\/lib\/[^/]+\/webkit2gtk-4\.1\/MiniBrowser$/.test(mini), mini);
  });
});

test('each variable overrides its browser, and only its own', () => {
  assert.deepEqual(
    Object.fromEntries(Object.entries(browserOverrides).map(([name, [variable]]) => [name, variable])),
    variables,
  );
  for (const [name, variable] of Object.entries(variables)) {
    const others = Object.fromEntries(Object.keys(variables).map((other) => [other, browserPaths[other]]));
    withEnv({ [variable]: `/opt/elsewhere/${name}` }, () => {
      for (const other of Object.keys(variables)) {
        assert.equal(browserPaths[other], other === name ? `/opt/elsewhere/${name}` : others[other], other);
      }
    });
  }
});

test("the test runner's config launches the browsers the variables name", () => {
  // WebKit's launcher starts WebKitWebDriver when the config loads, so this reads the other two.
  const script = `
    const { default: config } = await import('./web-test-runner.config.mjs');
    console.log(JSON.stringify(config.browsers.map((b) => b.launchOptions.executablePath)));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      BROWSERS: 'chromium,firefox',
      CHROME_PATH: '/opt/chrome/chrome',
      FIREFOX_PATH: '/opt/firefox/firefox',
    },
  });
  assert.deepEqual(JSON.parse(out.trim().split('\n').at(-1)), ['/opt/chrome/chrome', '/opt/firefox/firefox']);
});

const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', 'dist', '.git', '.test-tmp', 'release'].includes(name)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(mjs|cjs|js|ts)$/.test(name) ? [path] : [];
  });

test('nothing else starts a browser from a path of its own', () => {
  const own = [];
  for (const file of sources(root)) {
    const name = relative(root, file);
    if (name === join('scripts', 'browsers.mjs') || name === join('tests', 'node', 'browser-paths.test.mjs')) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /\/usr\/bin\/(?:chromium|chrome|firefox|WebKitWebDriver)\b|webkit2gtk-4\.1\/MiniBrowser|(?:executablePath|chromePath|binary):\s*(?!browserPaths\.)[^\s,}]+/g,
    )) {
      own.push(`${name}: ${match[0]}`);
    }
  }
  assert.deepEqual(own, []);
});
