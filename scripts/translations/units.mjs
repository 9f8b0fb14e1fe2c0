// One translation unit per string a reader sees: its id, the English, the
// current translation, the source key and a note for the translator. Both file
// formats (XLIFF, PO) are written from these units and read back into them.
import { at, idOf, isRich, sourceOf, stringsOf } from '../../build/content-strings.mjs';
import { reviewerNotes } from '../../build/translation-review-notes.mjs';

/** What the translator needs to know about a kind of string. */
function noteFor(path, english) {
  const source = sourceOf(path, english);
  if (source === 'interface') return 'Interface label or button; it carries no guidance.';
  if (source === 'referral') return 'The line pointing readers to their health worker; it has no source.';
  const what =
    path[1] === 'plainWords'
      ? 'The key message in plain words, for readers with little schooling: keep it as plain, with its conditions and hedges ("should", "may"); no instruction, dose or duration.'
      : path[1] === 'keyMessage'
        ? 'The key message, quoted word for word from its source: do not change its meaning.'
        : 'Guidance text: say exactly what the English says, nothing added, nothing softened; keep every figure, hedge and attribution.';
  const markup = isRich(path) ? ' Keep any *emphasis* and [label](url) links as in the English.' : '';
  return `Source ${source} (docs/sources.md). ${what}${markup}`;
}

/** The units of `translation` (undefined for a language not yet translated), in display order. */
export function unitsOf(english, translation, lang) {
  const notes = reviewerNotes[lang] ?? {};
  return stringsOf(english).map(([path, source]) => {
    const id = idOf(path);
    const target = translation ? at(translation, path) : undefined;
    return {
      id,
      path,
      source,
      target: typeof target === 'string' ? target : '',
      sourceKey: sourceOf(path, english),
      note: noteFor(path, english),
      question: notes[id],
    };
  });
}
