// What a returned translation file must be before it becomes content: for the
// content version it was exported from, with every string translated, its
// rich-text markup whole and its links the English's, and no text over the
// widget's limit. Each problem names the string.
import { isRich } from '../../build/content-strings.mjs';

/** The widget's limit on one text (src/content/partner.ts). */
export const textLimit = 4000;

/** Links and emphasis in a rich text, or why its markup is broken. */
function markupOf(text) {
  const links = [...text.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)].map((match) => match[2]);
  const withoutLinks = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1');
  const emphasis = (withoutLinks.match(/\*[^*]+\*/g) ?? []).length;
  const rest = withoutLinks.replace(/\*[^*]+\*/g, '');
  const broken = /[*]|\]\(|\[[^\]]*$/.test(rest) ? 'an unclosed * or [label](url)' : undefined;
  return { links, emphasis, broken };
}

/** The problems of `targets` (id → text) against the English units; none means it can be imported. */
export function problemsOf({ version, targets }, units, englishVersion) {
  const problems = [];
  if (version !== englishVersion) {
    problems.push(
      `the file is for content version ${version ?? '(none)'}, this is ${englishVersion}: export the strings again and carry the translation over`,
    );
  }
  const known = new Set(units.map((unit) => unit.id));
  for (const id of targets.keys()) if (!known.has(id)) problems.push(`${id}: no such string`);
  for (const unit of units) {
    const text = targets.get(unit.id);
    if (text === undefined || text.trim() === '') {
      problems.push(`${unit.id}: missing (no translation)`);
      continue;
    }
    if (text.length > textLimit) problems.push(`${unit.id}: ${text.length} characters, over the ${textLimit} limit`);
    if (!isRich(unit.path)) continue;
    const ours = markupOf(text);
    const english = markupOf(unit.source);
    if (ours.broken) problems.push(`${unit.id}: broken markup, ${ours.broken}`);
    else if (ours.links.join(' ') !== english.links.join(' ')) {
      problems.push(
        `${unit.id}: its links (${ours.links.join(', ') || 'none'}) are not the English's (${english.links.join(', ') || 'none'})`,
      );
    } else if (ours.emphasis !== english.emphasis) {
      problems.push(`${unit.id}: ${ours.emphasis} *emphasis* where the English has ${english.emphasis}`);
    }
  }
  return problems;
}
