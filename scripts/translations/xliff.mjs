// XLIFF 1.2 (the format Lit's localize tool writes, and every CAT tool reads):
// one <trans-unit> per string, id = the string's id, with the English as
// <source>, the translation as <target>, the source key and the notes as <note>s,
// and the content version as the <file>'s product-version.

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unescapeXml = (text) =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data) => data.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|apos);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[name])
    .replace(/&amp;/g, '&');

/** The XLIFF file for one language. */
export function toXliff({ lang, version, units }) {
  const body = units.map((unit) => {
    const state = unit.target ? 'needs-review-translation' : 'new';
    const notes = [
      `        <note from="source-key">${escapeXml(unit.sourceKey)}</note>`,
      `        <note from="developer">${escapeXml(unit.note)}</note>`,
      ...(unit.question ? [`        <note from="translator">${escapeXml(unit.question)}</note>`] : []),
    ];
    return [
      `      <trans-unit id="${escapeXml(unit.id)}" resname="${escapeXml(unit.id)}" maxwidth="4000" size-unit="char">`,
      `        <source xml:space="preserve">${escapeXml(unit.source)}</source>`,
      `        <target xml:space="preserve" state="${state}">${escapeXml(unit.target)}</target>`,
      ...notes,
      '      </trans-unit>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="mms-guidance" datatype="plaintext" source-language="en" target-language="${escapeXml(lang)}" product-name="mms-guidance" product-version="${escapeXml(version)}">
    <header>
      <note>mms-guidance content version ${escapeXml(version)}. Translate each target so it says exactly what the English says. Ids, source keys and notes are for you; do not change them.</note>
    </header>
    <body>
${body.join('\n')}
    </body>
  </file>
</xliff>
`;
}

/** The language, content version and targets of an XLIFF 1.2 file; markup inside a target is refused, naming the unit. */
export function fromXliff(text) {
  const file = /<file\b([^>]*)>/.exec(text)?.[1];
  if (!file || !/<xliff\b[^>]*\bversion="1\.2"/.test(text)) throw new Error('not an XLIFF 1.2 file');
  const attribute = (source, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(source)?.[1];
  const targets = new Map();
  for (const [, attributes, inner] of text.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)) {
    const id = unescapeXml(attribute(attributes, 'id') ?? '');
    const target = /<target\b[^>]*?(?:\/>|>([\s\S]*?)<\/target>)/.exec(inner);
    const content = target?.[1] ?? '';
    if (/<(?!!\[CDATA\[)/.test(content)) {
      throw new Error(
        `${id}: the target holds XML markup (${/<[^>]*>/.exec(content)?.[0]}); the widget's strings are plain text`,
      );
    }
    targets.set(id, unescapeXml(content));
  }
  return {
    lang: attribute(file, 'target-language'),
    version: attribute(file, 'product-version'),
    targets,
  };
}
