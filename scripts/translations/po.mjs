// PO (gettext): one entry per string, msgctxt = the string's id (so equal
// English strings stay apart), the English as msgid, the translation as msgstr,
// the source key and the notes as extracted comments, the content version in
// the header (X-Content-Version).

const quote = (text) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

/** The PO file for one language. */
export function toPo({ lang, version, units, revised }) {
  const header = [
    "# mms-guidance: the widget's strings, for a translator. Translate each msgstr so it says exactly what",
    "# the English says. msgctxt is the string's id; do not change it.",
    'msgid ""',
    'msgstr ""',
    quote(`Project-Id-Version: mms-guidance content ${version}\n`),
    quote(`PO-Revision-Date: ${revised}\n`),
    quote('Last-Translator: (not recorded)\n'),
    quote('Language-Team: (not recorded)\n'),
    quote(`Language: ${lang}\n`),
    quote('MIME-Version: 1.0\n'),
    quote('Content-Type: text/plain; charset=UTF-8\n'),
    quote('Content-Transfer-Encoding: 8bit\n'),
    quote(`X-Content-Version: ${version}\n`),
  ].join('\n');
  const entries = units.map((unit) =>
    [
      `#. source: ${unit.sourceKey}`,
      `#. ${unit.note}`,
      ...(unit.question ? [`#. ${unit.question}`] : []),
      `msgctxt ${quote(unit.id)}`,
      `msgid ${quote(unit.source)}`,
      `msgstr ${quote(unit.target)}`,
    ].join('\n'),
  );
  return `${[header, ...entries].join('\n\n')}\n`;
}

// PO's escapes (\\ \" \n \t) are JSON's.
const unquote = (quoted) => JSON.parse(quoted.trim());

/** The language, content version and msgstrs (by msgctxt) of a PO file; obsolete (#~) and fuzzy entries are left out. */
export function fromPo(text) {
  const targets = new Map();
  let header = '';
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.some((line) => line.startsWith('#,') && line.includes('fuzzy'))) continue;
    const fields = {};
    let current;
    for (const line of lines) {
      if (line.startsWith('#')) continue;
      const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")\s*$/.exec(line);
      if (keyword) {
        current = keyword[1];
        fields[current] = unquote(keyword[2]);
      } else if (current && /^\s*".*"\s*$/.test(line)) fields[current] += unquote(line);
    }
    if (fields.msgid === '' && fields.msgctxt === undefined) header = fields.msgstr ?? '';
    else if (fields.msgctxt !== undefined) targets.set(fields.msgctxt, fields.msgstr ?? '');
  }
  const headerField = (name) => new RegExp(`^${name}: *(.*)$`, 'm').exec(header)?.[1]?.trim();
  return { lang: headerField('Language'), version: headerField('X-Content-Version'), targets };
}
