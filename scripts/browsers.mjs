// Where the browsers live: Debian's paths unless the environment names others
// (CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH), and
// installing Debian's when they are missing: a test tool's own browser download
// cannot work on this network. Everything that starts a browser (the test
// runner's config, the WordPress tests, the benchmarks) reads browserPaths.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** Debian puts it under the multiarch folder, e.g. /usr/lib/x86_64-linux-gnu/. */
const debianMiniBrowser = () =>
  readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));

/** Each browser's variable and its Debian default; read when asked, so a variable set later still counts. */
export const browserOverrides = {
  chromium: ['CHROME_PATH', () => '/usr/bin/chromium'],
  firefox: ['FIREFOX_PATH', () => '/usr/bin/firefox-esr'],
  webkitDriver: ['WEBKIT_DRIVER_PATH', () => '/usr/bin/WebKitWebDriver'],
  miniBrowser: ['MINIBROWSER_PATH', () => (existsSync('/usr/lib') ? debianMiniBrowser() : undefined)],
};

const path = (name) => {
  const [variable, fallback] = browserOverrides[name];
  return process.env[variable] || fallback();
};

export const browserPaths = {
  get chromium() {
    return path('chromium');
  },
  get firefox() {
    return path('firefox');
  },
  get webkitDriver() {
    return path('webkitDriver');
  },
  get miniBrowser() {
    return path('miniBrowser');
  },
  xvfb: '/usr/bin/Xvfb',
};

/** Chromium's flags everywhere it runs here: root needs --no-sandbox; the rest keep it off the closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const needs = [
  { what: 'Chromium', present: () => existsSync(browserPaths.chromium), pkg: 'chromium', set: ['chromium'] },
  { what: 'Firefox ESR', present: () => existsSync(browserPaths.firefox), pkg: 'firefox-esr', set: ['firefox'] },
  {
    what: 'WebKitWebDriver and MiniBrowser',
    present: () => existsSync(browserPaths.webkitDriver) && existsSync(browserPaths.miniBrowser ?? ''),
    pkg: 'webkit2gtk-driver',
    set: ['webkitDriver', 'miniBrowser'],
  },
  { what: 'Xvfb (MiniBrowser has no headless mode)', present: () => existsSync(browserPaths.xvfb), pkg: 'xvfb' },
  {
    // Without it, Urdu's own letters (ہ ے ۔) draw as boxes and the Urdu screenshot shows nothing real;
    // the kit's handouts and cards (build/kit.mjs) embed its Noto Sans and Noto Naskh Arabic, regular and bold.
    what: 'Noto Naskh Arabic and Noto Sans (Urdu letters in the screenshots, the kit)',
    present: () =>
      ['NotoNaskhArabic-Regular', 'NotoNaskhArabic-Bold', 'NotoSans-Regular', 'NotoSans-Bold'].every((font) =>
        existsSync(`/usr/share/fonts/truetype/noto/${font}.ttf`),
      ),
    pkg: 'fonts-noto-core',
  },
  {
    // Not a browser, but installed the same way: tests/node/translation-files.test.mjs runs the PO file through it.
    what: "GNU gettext (msgmerge, msgfilter, msgfmt: the translation files' round trip)",
    present: () => ['msgmerge', 'msgfilter', 'msgfmt'].every((tool) => existsSync(`/usr/bin/${tool}`)),
    pkg: 'gettext',
  },
  {
    // Also not a browser: tests/node/kit.test.mjs reads the kit's PDFs with pdfinfo, pdffonts, pdftotext and pdftoppm.
    what: "poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm: the kit's PDFs)",
    present: () => ['pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm'].every((tool) => existsSync(`/usr/bin/${tool}`)),
    pkg: 'poppler-utils',
  },
  {
    what: "zbar-tools (zbarimg: the kit's QR codes)",
    present: () => existsSync('/usr/bin/zbarimg'),
    pkg: 'zbar-tools',
  },
];

/** Installs missing browsers through apt-get when that is possible, else says what to install. */
export function ensureBrowsers() {
  const missing = needs.filter((need) => !need.present());
  if (missing.length === 0) return;
  // A path the environment names is the contributor's choice: say it is wrong rather than install Debian's.
  const wrong = Object.entries(browserOverrides)
    .map(([name, [variable]]) => [variable, process.env[variable], name])
    .filter(([, value, name]) => value && !existsSync(value) && missing.some((need) => need.set?.includes(name)));
  if (wrong.length > 0) {
    throw new Error(wrong.map(([variable, value]) => `${variable}=${value}: no such file`).join('; '));
  }
  const packages = missing.map((need) => need.pkg);
  console.log(`Missing for the browser tests: ${missing.map((need) => need.what).join(', ')}.`);
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      `Install the Debian/Ubuntu packages ${packages.join(' ')} (apt-get install -y ${packages.join(' ')}), ` +
        "or on another system Chromium, Firefox ESR, WebKitGTK's WebKitWebDriver with MiniBrowser, and Xvfb, " +
        'and name them in CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH.',
    );
  }
  console.log(`Installing them with apt-get: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const stillMissing = needs.filter((need) => !need.present());
  if (stillMissing.length > 0) {
    throw new Error(`apt-get finished but these are still missing: ${stillMissing.map((n) => n.what).join(', ')}`);
  }
}
