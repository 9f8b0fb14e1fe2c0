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
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const source = join(root, 'wordpress', 'mms-guidance');
const dist = join(root, 'dist');

/** What the server-rendered fallback and the editor need, per built-in language. */
async function contentData() {
  const { builtIn } = await import(pathToFileURL(join(dist, 'npm', 'content', 'builtin.js')).href);
  const { plainText } = await import(pathToFileURL(join(dist, 'npm', 'rich-text.js')).href);
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
  for (const [file, pattern, replacement] of [
    ['mms-guidance.php', /^( \* Version:\s+).*$/m, `$1${version}`],
    ['readme.txt', /^(Stable tag:\s+).*$/m, `$1${version}`],
  ]) {
    const path = join(plugin, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(pattern, replacement));
  }
  return plugin;
}

const filesUnder = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

/** A zip of the files under base, deflated, with fixed dates so the same input gives the same bytes. */
function zip(base, files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const dosTime = 0;
  const dosDate = (1 << 5) | 1; // 1980-01-01
  for (const file of files) {
    const name = Buffer.from(relative(base, file).split(sep).join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = (signature, extra) => {
      const fields = Buffer.alloc(extra ? 46 : 30);
      let at = 0;
      const u32 = (v) => (at = fields.writeUInt32LE(v >>> 0, at));
      const u16 = (v) => (at = fields.writeUInt16LE(v, at));
      u32(signature);
      if (extra) u16(20); // made by
      u16(20); // version needed
      u16(0x0800); // UTF-8 names
      u16(8); // deflate
      u16(dosTime);
      u16(dosDate);
      u32(crc);
      u32(packed.length);
      u32(data.length);
      u16(name.length);
      u16(0); // extra field
      if (extra) {
        u16(0); // comment
        u16(0); // disk
        u16(0); // internal attributes
        u32((0o100644 << 16) >>> 0); // a regular file, rw-r--r--
        u32(offset);
      }
      return fields;
    };
    const local = Buffer.concat([header(0x04034b50, false), name, packed]);
    centrals.push(Buffer.concat([header(0x02014b50, true), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

function packageVersion() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

/** Builds <outDir>/mms-guidance-wordpress-<version>.zip (one folder, mms-guidance/) and returns its path. */
export async function buildWordPressZip({ version = packageVersion(), outDir = 'release' } = {}) {
  const staging = mkdtempSync(join(tmpdir(), 'mms-guidance-wp-'));
  try {
    const plugin = await stageWordPressPlugin(staging, version);
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, `mms-guidance-wordpress-${version}.zip`);
    writeFileSync(path, zip(staging, filesUnder(plugin)));
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
