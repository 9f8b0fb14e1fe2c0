// Packages the WordPress plugin: wordpress/mms-guidance/ plus what it takes from
// the build, namely the bundles and their SRI hashes from dist/, and the fallback
// text (key message, link label and address, FAQ questions) generated from the
// widget's own content modules, so no sentence is copied by hand.
//
//   node scripts/wordpress-package.mjs [--version 1.2.3] [--outDir release]
//
// writes <outDir>/mms-guidance-wordpress-<version>.zip. `npm run release` calls
// buildWordPressZip(); the WordPress tests call stageWordPressPlugin().
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { refuse, untrackedFiles } from './release-files.mjs';
import { zipOf } from './zip.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const source = join(root, 'wordpress', 'mms-guidance');
const dist = join(root, 'dist');

/** What the server-rendered fallback and the editor need, per built-in language. */
async function contentData() {
  const { builtIn } = await import(pathToFileURL(join(dist, 'npm', 'content', 'builtin.js')).href);
  const { plainText } = await import(pathToFileURL(join(dist, 'npm', 'content', 'markup.js')).href);
  return Object.fromEntries(
    builtIn.map((language) => [
      language.lang,
      {
        name: language.name,
        dir: language.dir,
        keyMessage: plainText(language.card.keyMessage),
        guidanceLabel: language.card.guidanceLabel,
        guidanceHref: language.card.guidanceHref,
        faq: Object.fromEntries(Object.entries(language.faq).map(([id, item]) => [id, plainText(item.question)])),
      },
    ]),
  );
}

/**
 * Writes the plugin, ready to install, to <dir>/mms-guidance: the sources,
 * with the version given, and assets/ filled from dist/.
 */
export async function stageWordPressPlugin(dir, version = packageVersion()) {
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) throw new Error(`Not a version: ${version}`);
  const plugin = join(dir, 'mms-guidance');
  rmSync(plugin, { recursive: true, force: true });
  cpSync(source, plugin, { recursive: true, filter: (path) => !path.startsWith(join(source, 'assets')) });
  const assets = join(plugin, 'assets');
  mkdirSync(assets, { recursive: true });
  const bundles = readdirSync(dist).filter((name) => /^mms-guidance(\.[a-z]{2,3})?\.js$/.test(name));
  for (const bundle of bundles) cpSync(join(dist, bundle), join(assets, bundle));
  const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8'));
  writeFileSync(
    join(assets, 'sri.json'),
    `${JSON.stringify(Object.fromEntries(bundles.map((b) => [b, sri[b]])), null, 2)}\n`,
  );
  writeFileSync(join(assets, 'content.json'), `${JSON.stringify(await contentData(), null, 2)}\n`);
  // The pre-rendered widget in each language, with the edits its options need (includes/prerendered.php).
  cpSync(join(dist, 'html'), join(assets, 'html'), { recursive: true });
  // The version everywhere WordPress reads one; the scripts' URLs carry it (includes/assets.php).
  for (const [file, pattern, replacement] of [
    ['mms-guidance.php', /^( \* Version:\s+).*$/m, `$1${version}`],
    ['mms-guidance.php', /^(define\( 'MMS_GUIDANCE_VERSION', ')[^']*(' \);)$/m, `$1${version}$2`],
    ['readme.txt', /^(Stable tag:\s+).*$/m, `$1${version}`],
    ['block/block.json', /^( {2}"version": ")[^"]*(",)$/m, `$1${version}$2`],
    ['block/editor.asset.php', /^(\t'version'\s+=> ')[^']*(',)$/m, `$1${version}$2`],
  ]) {
    const path = join(plugin, file);
    const text = readFileSync(path, 'utf8');
    if (!pattern.test(text)) throw new Error(`${file}: no version to write where ${pattern} looks`);
    writeFileSync(path, text.replace(pattern, replacement));
  }
  return plugin;
}

const filesUnder = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

function packageVersion() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

/**
 * Builds <outDir>/mms-guidance-wordpress-<version>.zip (one folder, mms-guidance/) and returns its path;
 * throws, naming them, if the plugin's folder holds files git does not track.
 */
export async function buildWordPressZip({ version = packageVersion(), outDir = 'release' } = {}) {
  // Staging copies the plugin's folder: it must hold only what git tracks (assets/ is made afresh).
  const folder = relative(process.cwd(), source).split(sep).join('/');
  refuse(untrackedFiles(folder, [`${folder}/assets`]));
  const staging = mkdtempSync(join(tmpdir(), 'mms-guidance-wp-'));
  try {
    const plugin = await stageWordPressPlugin(staging, version);
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, `mms-guidance-wordpress-${version}.zip`);
    const entries = filesUnder(plugin).map((file) => ({
      name: relative(staging, file).split(sep).join('/'),
      path: file,
    }));
    writeFileSync(path, zipOf(entries));
    return path;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const path = await buildWordPressZip({ version: arg('version'), outDir: arg('outDir') });
  console.log(`${path}: ${statSync(path).size} bytes`);
}
