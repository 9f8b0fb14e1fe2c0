// Writes the generated parts of the README, so they cannot drift from the code:
// the API reference from custom-elements.json (which `cem analyze` builds from
// the class JSDoc), the embed snippet with the bundles' SRI hashes from
// dist/sri.json, and the bundles' gzip sizes. `node scripts/docs.mjs --check [dir]` reads them from dir
// (default: .) and fails instead of writing when the README differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes } from './gzip-size.mjs';
import { languages } from './languages.mjs';

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '_None._\n';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export function apiMarkdown(manifest) {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement);
  const publicMembers = element.members.filter((member) => !member.privacy && !member.static);
  const fields = publicMembers.filter((member) => member.kind === 'field');
  const methods = publicMembers.filter((member) => member.kind === 'method');
  const attributeOf = (field) => element.attributes.find((attribute) => attribute.fieldName === field.name);

  return [
    `### Attributes and properties\n`,
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      fields.map((field) => [
        attributeOf(field) ? code(attributeOf(field).name) : '—',
        code(field.name) + (field.readonly ? ' (read-only)' : ''),
        code(field.type?.text),
        code(field.default),
        cell(field.description),
      ]),
    ),
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

function snippetMarkdown(sri) {
  return [
    '```html',
    '<!-- ES module, for modern browsers -->',
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
function replaceSection(readme, name, body) {
  const start = readme.indexOf(`<!-- ${name}:start`);
  const startEnd = readme.indexOf('-->', start) + 3;
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (start === -1 || end === -1) throw new Error(`README.md lacks the <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
  return `${readme.slice(0, startEnd)}\n\n${body}\n${readme.slice(end)}`;
}

const check = process.argv.includes('--check');
const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '.';
const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
const sri = JSON.parse(readFileSync(join(dir, 'dist', 'sri.json'), 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const updated = replaceSection(
  replaceSection(replaceSection(readme, 'api', apiMarkdown(manifest)), 'snippet', snippetMarkdown(sri)),
  'sizes',
  sizesMarkdown(dir),
);
if (check) {
  if (updated !== readme) {
    console.error('README.md is out of date with the class JSDoc or the bundles (hashes, sizes): run `npm run build`.');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync('README.md', updated);
  console.log('README.md API reference, embed snippet and bundle sizes updated.');
}
