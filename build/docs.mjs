// Writes the generated parts of the docs, so they cannot drift from the code:
// the API reference from custom-elements.json (which `cem analyze` builds from
// the class JSDoc) in README.md (attributes) and docs/api.md (everything), the
// embed snippets with the bundles' SRI hashes from dist/sri.json, the bundles'
// gzip sizes, and Drupal's allowed-attribute list in docs/embedding.md.
// `node build/docs.mjs --check [dir]` reads the manifest and dist/ from dir
// (default: .) and fails instead of writing when a file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes } from '../scripts/gzip-size.mjs';
import { languages } from './languages.mjs';

const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '_None._\n';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

const elementOf = (manifest) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement);

// The analyzer marks Lit properties `privacy: "public"` and leaves plain public
// members without one: both are the API. Private and protected ones are not.
const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected';

/** Every public property, its attribute if it has one, type, default and description. */
function propertiesTable(element) {
  const fields = element.members.filter((member) => member.kind === 'field' && isPublic(member));
  const attributeOf = (field) => element.attributes.find((attribute) => attribute.fieldName === field.name);
  return table(
    ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    fields.map((field) => [
      attributeOf(field) ? code(attributeOf(field).name) : '—',
      code(field.static ? `MmsGuidance.${field.name}` : field.name) +
        (field.readonly ? ' (read-only)' : field.static ? ' (static)' : ''),
      code(field.type?.text),
      code(field.default),
      cell(field.description),
    ]),
  );
}

export function apiMarkdown(manifest) {
  const element = elementOf(manifest);
  const methods = element.members.filter((member) => member.kind === 'method' && isPublic(member) && !member.static);
  return [
    `### Attributes and properties\n`,
    propertiesTable(element),
    `### Methods\n`,
    table(
      ['Method', 'Description'],
      methods.map((method) => [
        code(`${method.name}(${(method.parameters ?? []).map((p) => `${p.name}: ${p.type?.text}`).join(', ')})`),
        cell(method.description),
      ]),
    ),
    `### Events\n`,
    table(
      ['Event', 'Type', 'Description'],
      element.events.map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
    `### CSS custom properties\n`,
    table(
      ['Property', 'Default', 'Affects'],
      element.cssProperties.map((prop) => [code(prop.name), cell(prop.default), cell(prop.description)]),
    ),
    `### CSS parts\n`,
    table(
      ['Part', 'Description'],
      element.cssParts.map((part) => [code(part.name), cell(part.description)]),
    ),
  ].join('\n');
}

/** Drupal's "Limit allowed HTML tags" line: the element with every attribute it takes. */
function drupalMarkdown(manifest) {
  const names = [...elementOf(manifest).attributes.map((attribute) => attribute.name), 'lang', 'dir'];
  // Indented, so it stays inside the list item the markers sit in.
  return ['  ```text', `  <mms-guidance ${names.join(' ')}>`, '  ```', ''].join('\n');
}

/** The script tags for a copy on a public npm CDN (pinned to this version) and for the partner's own server. */
function snippetMarkdown(sri, version) {
  const cdn = `https://cdn.jsdelivr.net/npm/mms-guidance@${version}/dist`;
  return [
    '```html',
    `<!-- Hosted: this exact version from a public npm CDN; integrity makes the browser refuse altered bytes -->`,
    `<script type="module" src="${cdn}/mms-guidance.js" integrity="${sri['mms-guidance.js']}" crossorigin="anonymous"></script>`,
    '<!-- Self-hosted: the same file from the release zip, on your own server -->',
    `<script type="module" src="/assets/mms-guidance.js" integrity="${sri['mms-guidance.js']}" crossorigin="anonymous"></script>`,
    '<!-- or the classic script, for tag managers and CMS fields that reject modules -->',
    `<script src="/assets/mms-guidance.iife.js" integrity="${sri['mms-guidance.iife.js']}" crossorigin="anonymous" defer></script>`,
    '```',
    '',
  ].join('\n');
}

/** The bundles and what each carries, with its gzip size: the same measure as the budgets. */
function sizesMarkdown(dir) {
  const gzip = (file) => gzipBytes(join(dir, 'dist', file)).toLocaleString('en');
  const names = { en: 'English', es: 'Spanish', fr: 'French', pt: 'Portuguese', ur: 'Urdu' };
  return table(
    ['Bundle', 'Languages', 'gzip bytes'],
    [
      ['`dist/mms-guidance.js`', 'all five', gzip('mms-guidance.js')],
      ['`dist/mms-guidance.iife.js` (classic script)', 'all five', gzip('mms-guidance.iife.js')],
      ...languages.map((lang) => [
        `\`dist/mms-guidance.${lang}.js\``,
        lang === 'en' ? 'English' : `${names[lang] ?? lang} and English`,
        gzip(`mms-guidance.${lang}.js`),
      ]),
    ],
  );
}

/** Replaces what stands between `<!-- name:start … -->` and `<!-- name:end -->`. */
function replaceSection(file, text, name, body) {
  const start = text.indexOf(`<!-- ${name}:start`);
  const startEnd = text.indexOf('-->', start) + 3;
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start === -1 || end === -1)
    throw new Error(`${file} lacks the <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
  // Markers indented inside a list item keep the end marker at the same indent, so the item goes on.
  const indent = /[ \t]*$/.exec(text.slice(0, start))?.[0] ?? '';
  return `${text.slice(0, startEnd)}\n\n${body}\n${indent}${text.slice(end)}`;
}

const check = process.argv.includes('--check');
const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '.';
const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
const sri = JSON.parse(readFileSync(join(dir, 'dist', 'sri.json'), 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const generated = {
  'README.md': {
    attributes: propertiesTable(elementOf(manifest)),
    snippet: snippetMarkdown(sri, version),
    sizes: sizesMarkdown(dir),
  },
  'docs/api.md': { api: apiMarkdown(manifest) },
  'docs/embedding.md': { 'drupal-attributes': drupalMarkdown(manifest) },
};

const stale = [];
for (const [file, sections] of Object.entries(generated)) {
  const text = readFileSync(file, 'utf8');
  const updated = Object.entries(sections).reduce(
    (result, [name, body]) => replaceSection(file, result, name, body),
    text,
  );
  if (updated === text) continue;
  stale.push(file);
  if (!check) writeFileSync(file, updated);
}
if (check && stale.length > 0) {
  console.error(
    `${stale.join(', ')} out of date with the class JSDoc or the bundles (hashes, sizes): run \`npm run build\`.`,
  );
  process.exit(1);
}
if (!check && stale.length > 0) console.log(`Updated the generated parts of ${stale.join(', ')}.`);
