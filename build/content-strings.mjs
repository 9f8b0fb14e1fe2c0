// The strings of a language's content that a reader sees, by id
// ("faq.evidence.answer[0]"), with where the English comes from. Shared by the
// translation-review pages and the translation files (XLIFF, PO), so a reviewer
// and a translator see the same ids.

/** Every string under `value`, as [path, text]. */
function stringsUnder(value, path = []) {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsUnder(item, [...path, index]));
  return Object.entries(value).flatMap(([key, item]) => stringsUnder(item, [...path, key]));
}

/** The parts of a language a reader sees; source keys and settings left out. */
const shown = (content) => ({
  name: content.name,
  card: content.card,
  referral: content.referral,
  faq: content.faq,
  ui: content.ui,
});
const isText = ([path]) => !path.includes('source') && path.at(-1) !== 'guidanceHref';

/** The shown strings of a language, as [path, text], in display order. */
export const stringsOf = (content) => stringsUnder(shown(content)).filter(isText);

/** A path as an id: card.context[2], faq.mms-tag.answer[0]. */
export const idOf = (path) =>
  path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
    .join('')
    .slice(1);

/** The path of an id, back. */
export const pathOf = (id) =>
  id
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export const at = (content, path) => path.reduce((node, key) => node?.[key], content);

/** Where the English of a string comes from: its source key, or why it has none. */
export function sourceOf(path, english) {
  const [section, id, field, index] = path;
  if (section === 'ui' || section === 'name') return 'interface';
  if (section === 'referral') return 'referral';
  if (section === 'card') return id === 'plainWords' ? `${english.card.source}, in plain words` : english.card.source;
  const source = english.faq[id].source;
  if (!Array.isArray(source)) return source;
  return field === 'answer' ? source[index] : source.join(', ');
}

/** Strings that may hold `*emphasis*` and `[label](url)` links (the RichText fields of src/content/types.ts). */
export const isRich = (path) =>
  ['keyMessage', 'plainWords', 'context'].includes(path[1]) ||
  (path[0] === 'referral' && path[1] === 'text') ||
  (path[0] === 'faq' && path[2] === 'answer');
