// The WordPress plugin's translation template, languages/mms-guidance.pot: the
// block editor's strings (block/editor.js, read by GNU gettext's xgettext) and
// the block's title, description and keywords from block/block.json, in the
// contexts WordPress translates them with. `npm run build` writes it; it is
// committed, so a release needs no gettext, and tests/node/wordpress-plugin.test.mjs
// checks it is fresh.
//
//   node scripts/wordpress-pot.mjs            writes it
//   node scripts/wordpress-pot.mjs --check    fails when it is not what the sources give
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const plugin = resolve(fileURLToPath(new URL('../wordpress/mms-guidance', import.meta.url)));
export const potFile = join(plugin, 'languages', 'mms-guidance.pot');

const poString = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** The template's text: fixed header (no creation date, so it is reproducible), then the entries. */
export function potText() {
  const scratch = mkdtempSync(join(tmpdir(), 'mms-guidance-pot-'));
  try {
    const out = join(scratch, 'editor.pot');
    execFileSync(
      'xgettext',
      [
        '--language=JavaScript',
        '--from-code=UTF-8',
        '--keyword=__:1',
        '--keyword=_x:1,2c',
        '--keyword=_n:1,2',
        '--keyword=_nx:1,2,4c',
        '--add-comments=translators:',
        '--sort-by-file',
        '--omit-header',
        '--output',
        out,
        'block/editor.js',
      ],
      { cwd: plugin, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const fromEditor = readFileSync(out, 'utf8').trim();
    const block = JSON.parse(readFileSync(join(plugin, 'block', 'block.json'), 'utf8'));
    const fromBlock = [
      [block.title, 'block title'],
      [block.description, 'block description'],
      ...block.keywords.map((keyword) => [keyword, 'block keyword']),
    ].map(([text, context]) => `#: block/block.json\nmsgctxt ${poString(context)}\nmsgid ${poString(text)}\nmsgstr ""`);
    const header = [
      '# Translation template for the MMS Guidance WordPress plugin: the block editor strings.',
      '# Made by scripts/wordpress-pot.mjs with GNU xgettext; do not edit.',
      'msgid ""',
      'msgstr ""',
      '"Project-Id-Version: MMS Guidance\\n"',
      '"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"',
      '"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"',
      '"Language-Team: LANGUAGE <LL@li.org>\\n"',
      '"Language: \\n"',
      '"MIME-Version: 1.0\\n"',
      '"Content-Type: text/plain; charset=UTF-8\\n"',
      '"Content-Transfer-Encoding: 8bit\\n"',
      '"X-Domain: mms-guidance\\n"',
    ].join('\n');
    return `${[header, fromEditor, ...fromBlock].join('\n\n')}\n`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = potText();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(potFile, 'utf8');
    } catch {
      // Missing: reported below.
    }
    if (committed !== text) {
      console.error(`${potFile} is not what block/editor.js and block.json give: run node scripts/wordpress-pot.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(potFile, text);
  }
}
