// The WordPress plugin's files, checked in Node (the plugin in real WordPress is
// scripts/wordpress/test.mjs, as root): its translation template is fresh and
// holds every editor string, the readme keeps the plugin directory's limits, the
// release writes the version everywhere WordPress reads one, and the editor uses
// no API WordPress deprecated while still running on 6.1.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { potFile, potText } from '../../scripts/wordpress-pot.mjs';
import { stageWordPressPlugin } from '../../scripts/wordpress-package.mjs';

const plugin = join(import.meta.dirname, '..', '..', 'wordpress', 'mms-guidance');
const editorSource = readFileSync(join(plugin, 'block', 'editor.js'), 'utf8');

test('languages/mms-guidance.pot is what xgettext makes of the editor and block.json (node scripts/wordpress-pot.mjs)', () => {
  assert.equal(readFileSync(potFile, 'utf8'), potText());
});

test("the .pot holds every string the editor translates, and each names the plugin's text domain", () => {
  const pot = readFileSync(potFile, 'utf8').replace(/"\n"/g, '');
  const calls = [...editorSource.matchAll(/\b__\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1\s*,\s*(['"])([^'"]*)\3\s*,?\s*\)/g)];
  assert.ok(calls.length >= 12, `${calls.length} strings`);
  assert.equal(calls.length, [...editorSource.matchAll(/\b__\(/g)].length, 'every __() call was read');
  for (const [, , text, , domain] of calls) {
    assert.equal(domain, 'mms-guidance', text);
    assert.ok(pot.includes(`msgid ${JSON.stringify(text.replace(/\\'/g, "'"))}`), text);
  }
  for (const [context, text] of [
    ['block title', 'MMS guidance'],
    ['block keyword', 'postpartum'],
  ]) {
    assert.ok(pot.includes(`msgctxt "${context}"\nmsgid "${text}"`), `${context}: ${text}`);
  }
});

test("readme.txt: the short description within the plugin directory's 150 characters", () => {
  const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
  // The first paragraph after the header fields.
  const short = readme.split(/\n\s*\n/)[1].trim();
  assert.ok(!short.startsWith('=='), short);
  assert.ok(short.length <= 150, `${short.length} characters: ${short}`);
});

test("the release writes the plugin's version into its header, its constant, the readme, block.json and editor.asset.php", async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'mms-guidance-wp-version-'));
  try {
    const staged = await stageWordPressPlugin(scratch, '2.3.4-rc.1');
    const read = (file) => readFileSync(join(staged, file), 'utf8');
    assert.match(read('mms-guidance.php'), /^ \* Version:\s+2\.3\.4-rc\.1$/m);
    assert.match(read('mms-guidance.php'), /^define\( 'MMS_GUIDANCE_VERSION', '2\.3\.4-rc\.1' \);$/m);
    assert.match(read('readme.txt'), /^Stable tag: 2\.3\.4-rc\.1$/m);
    assert.equal(JSON.parse(read('block/block.json')).version, '2.3.4-rc.1');
    assert.match(read('block/editor.asset.php'), /^\t'version' {6}=> '2\.3\.4-rc\.1',$/m);
    assert.doesNotMatch(
      ['mms-guidance.php', 'block/block.json', 'block/editor.asset.php'].map(read).join('\n'),
      /1\.0\.0/,
      'no fixed version left',
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  await assert.rejects(stageWordPressPlugin(scratch, "1.0.0' ); evil(); //"), /Not a version/);
});

/**
 * Runs block/editor.js against a stand-in for WordPress's globals and renders its edit
 * function once; returns the colours its accent palette offers.
 */
function paletteWith(blockEditor) {
  let edit;
  const el = (type, props, ...children) => ({ type, props: props ?? {}, children: children.flat() });
  const wp = {
    blocks: { registerBlockType: (_name, settings) => (edit = settings.edit) },
    element: { createElement: el, Fragment: 'Fragment' },
    blockEditor: { InspectorControls: 'InspectorControls', useBlockProps: () => ({}), ...blockEditor },
    components: Object.fromEntries(
      ['PanelBody', 'SelectControl', 'ToggleControl', 'CheckboxControl', 'ColorPalette', 'BaseControl'].map((n) => [
        n,
        n,
      ]),
    ),
    i18n: { __: (text) => text },
    serverSideRender: 'ServerSideRender',
  };
  const window = { wp, mmsGuidanceEditor: { languages: { en: 'English' }, questions: {} } };
  new Function('window', editorSource)(window);
  const tree = edit({ attributes: { lang: '', headingLevel: 2, openItems: [] }, setAttributes: () => {} });
  const find = (node) =>
    node && typeof node === 'object'
      ? node.type === 'ColorPalette'
        ? node
        : node.children?.map(find).find(Boolean)
      : undefined;
  return find(tree).props.colors;
}

test('the editor reads the theme palette with useSettings where WordPress has it (6.5+), never the deprecated useSetting', () => {
  const palette = [{ name: 'Brand', slug: 'brand', color: '#1b6b3a' }];
  const deprecated = () => {
    throw new Error('useSetting is deprecated since WordPress 6.5');
  };
  assert.deepEqual(
    paletteWith({ useSettings: (...paths) => paths.map(() => palette), useSetting: deprecated }),
    palette,
  );
});

test('the editor still reads the palette on WordPress 6.1, which has only useSetting', () => {
  const palette = [{ name: 'Brand', slug: 'brand', color: '#1b6b3a' }];
  assert.deepEqual(paletteWith({ useSetting: (path) => (path === 'color.palette' ? palette : undefined) }), palette);
  assert.deepEqual(paletteWith({ useSetting: () => undefined }), []);
});
