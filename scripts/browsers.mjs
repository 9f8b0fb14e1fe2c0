// Where the Debian browsers live, and installing them when they are missing:
// a test tool's own browser download cannot work on this network.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** Debian puts it under the multiarch folder, e.g. /usr/lib/x86_64-linux-gnu/. */
const miniBrowser = () =>
  readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));

export const browserPaths = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkitDriver: '/usr/bin/WebKitWebDriver',
  get miniBrowser() {
    return miniBrowser();
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
  { what: 'Chromium', present: () => existsSync(browserPaths.chromium), pkg: 'chromium' },
  { what: 'Firefox ESR', present: () => existsSync(browserPaths.firefox), pkg: 'firefox-esr' },
  {
    what: 'WebKitWebDriver and MiniBrowser',
    present: () => existsSync(browserPaths.webkitDriver) && miniBrowser() !== undefined,
    pkg: 'webkit2gtk-driver',
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
  const packages = missing.map((need) => need.pkg);
  console.log(`Missing for the browser tests: ${missing.map((need) => need.what).join(', ')}.`);
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      `Install the Debian/Ubuntu packages ${packages.join(' ')} (apt-get install -y ${packages.join(' ')}), ` +
        "or on another system Chromium, Firefox ESR, WebKitGTK's WebKitWebDriver with MiniBrowser, and Xvfb.",
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
