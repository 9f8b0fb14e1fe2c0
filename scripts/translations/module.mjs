// Carries an imported translation into a built-in language's module
// (src/content/<lang>.ts): each changed string's literal is replaced where it
// stands, so comments and layout stay, and the module records the date and that
// the translation is not yet reviewed. A string it cannot place is named.
import { readFileSync, writeFileSync } from 'node:fs';

/** A text as a single-quoted literal, its no-break spaces escaped or not. */
const literal = (text, escapeSpaces) => {
  const raw = text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
  return `'${escapeSpaces ? raw.replace(/\u00a0/g, '\\u00a0').replace(/\u202f/g, '\\u202f') : raw}'`;
};

/** Finds a text's literal in a module, each no-break space written as it is or escaped (the modules do both). */
const literalPattern = (text) =>
  new RegExp(
    literal(text, false)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/[\u00a0\u202f]/g, (space) => `(?:${space}|\\\\u${space.charCodeAt(0).toString(16).padStart(4, '0')})`),
    'g',
  );

/** Rewrites `file` with the changed strings; returns the ids changed, or throws naming those it could not place. */
export function updateModule(file, units, targets, today) {
  let source = readFileSync(file, 'utf8');
  const changed = units.filter((unit) => targets.get(unit.id) !== unit.target);
  const unplaced = [];
  // Equal strings (the key message is also the leftover-tablets answer) are one literal each in the file.
  const byOld = new Map();
  for (const unit of changed) byOld.set(unit.target, [...(byOld.get(unit.target) ?? []), unit]);
  for (const [old, group] of byOld) {
    const sameOld = units.filter((unit) => unit.target === old).length;
    const news = new Set(group.map((unit) => targets.get(unit.id)));
    const pattern = literalPattern(old);
    const found = source.match(pattern) ?? [];
    if (found.length !== sameOld || news.size !== 1 || group.length !== sameOld) {
      unplaced.push(...group.map((unit) => unit.id));
      continue;
    }
    const [text] = news;
    // Escaped if the module wrote any of them escaped: an invisible character is then visible to a reviewer.
    const escaped = found.some((match) => /\\u(00a0|202f)/.test(match));
    source = source.replace(pattern, () => literal(text, escaped));
  }
  if (unplaced.length > 0) {
    throw new Error(`${file}: could not place ${unplaced.join(', ')}; carry them over by hand from the JSON`);
  }
  if (changed.length > 0) {
    source = source
      .replace(/translated: '\d{4}-\d\d-\d\d'/, `translated: '${today}'`)
      .replace(/review: \{[^}]*\}/, "review: { status: 'unreviewed' }");
    writeFileSync(file, source);
  }
  return changed.map((unit) => unit.id);
}
