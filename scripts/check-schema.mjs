// Checks dist/content.schema.json with a real JSON Schema validator (Ajv,
// draft 2020-12, strict; formats are annotations there): the schema compiles; every built-in language, written
// as a partner would write it, is valid; and what the widget refuses, it refuses.
// The browser tests check that the widget and the schema list the same fields.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { languages } from '../build/languages.mjs';

const schema = JSON.parse(readFileSync('dist/content.schema.json', 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);

/** A built-in language as partner JSON: no source keys, keyed by its tag. */
const asPartnerJson = (language) =>
  JSON.parse(JSON.stringify(language, (key, value) => (key === 'source' || key === 'lang' ? undefined : value)));

const problems = [];
const builtIn = {};
for (const lang of languages) {
  const module = await import(`../dist/npm/content/${lang}.js`);
  builtIn[lang] = asPartnerJson(module[lang]);
}
if (!validate({ $schema: './content.schema.json', ...builtIn })) {
  problems.push(`the built-in languages fail the schema: ${JSON.stringify(validate.errors)}`);
}

const refused = {
  'a wrong type': { en: { card: { title: 5 } } },
  'an unknown field': { en: { card: { subtitle: 'x' } } },
  'an unknown FAQ id': { en: { faq: { 'side-effects': { question: 'x' } } } },
  'a source key': { en: { faq: { evidence: { source: 'S9' } } } },
  'a bad language tag': { 'english!': {} },
  'a bad dir': { en: { dir: 'up' } },
  'a bad review status': { en: { review: { status: 'approved' } } },
  'a javascript: guidance link': { en: { card: { guidanceHref: 'javascript:alert(1)' } } },
  'a list of the wrong things': { en: { card: { context: [1, 2] } } },
};
for (const [what, json] of Object.entries(refused)) {
  if (validate(json)) problems.push(`the schema accepts ${what}: ${JSON.stringify(json)}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `schema: compiles (Ajv, draft 2020-12, strict); accepts the ${languages.length} built-in languages; refuses ${Object.keys(refused).length} kinds of bad input`,
);
