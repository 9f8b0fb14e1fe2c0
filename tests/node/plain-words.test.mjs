// The key message in plain words (card.plainWords), checked in Node because the
// syllable counter is a Node package: short, at Flesch-Kincaid grade 8 or lower,
// each part mapped to the key message's wording in docs/sources.md, and with the
// key message's conditions and hedges but no instruction, dose or duration.
// Reads the content as built (dist/npm/content), like the translation-review pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { languages } from '../../build/languages.mjs';

const load = async (lang) => (await import(`../../dist/npm/content/${lang}.js`))[lang];
const en = await load('en');
const plain = en.card.plainWords;
const sentences = plain.split(/(?<=[.!?])\s+/);
const words = plain.match(/[\p{L}\p{N}’'-]+/gu) ?? [];

test('English: at most 3 sentences and 50 words', () => {
  assert.ok(sentences.length <= 3, `${sentences.length} sentences`);
  assert.ok(words.length <= 50, `${words.length} words`);
});

test('English: Flesch-Kincaid grade 8 or lower, syllables counted by the syllable package', (t) => {
  const counts = { sentence: sentences.length, word: words.length, syllable: syllable(plain) };
  const grade = fleschKincaid(counts);
  const keyMessage = en.card.keyMessage;
  const keyGrade = fleschKincaid({
    sentence: 1,
    word: keyMessage.match(/[\p{L}\p{N}’'-]+/gu).length,
    syllable: syllable(keyMessage),
  });
  t.diagnostic(
    `plain words: grade ${grade.toFixed(1)} (${counts.word} words, ${counts.sentence} sentences, ${counts.syllable} syllables); key message: grade ${keyGrade.toFixed(1)}`,
  );
  assert.ok(grade <= 8, `grade ${grade.toFixed(1)}`);
});

test('English: every part is mapped in docs/sources.md to wording of the key message, and the parts make the whole', () => {
  const sources = readFileSync('docs/sources.md', 'utf8');
  const section = /## The key message in plain words([\s\S]*?)\n## /.exec(sources)?.[1] ?? '';
  const rows = [...section.matchAll(/^\| "([^"]+)" \| "([^"]+)"/gm)].map(([, restated, original]) => [
    restated,
    original,
  ]);
  assert.ok(rows.length >= sentences.length, 'at least one row per sentence');
  let rest = plain;
  for (const [restated, original] of rows) {
    assert.ok(plain.includes(restated), `"${restated}" is in the plain words`);
    assert.ok(en.card.keyMessage.includes(original), `"${original}" is the key message's wording`);
    rest = rest.replace(restated, '');
  }
  assert.match(rest, /^[\s.,;]*$/, `every word is mapped; left over: "${rest}"`);
});

test('English: keeps the conditions and the hedges, and gives no instruction, dose or duration', () => {
  assert.match(plain, /Pregnant women should be the main group/);
  assert.match(plain, /If MMS tablets are left over/);
  assert.match(plain, /\bmay use\b/);
  assert.doesNotMatch(plain, /\d/);
  assert.doesNotMatch(plain, /\b(must|take|daily|every day|once|twice|weeks?|months?|mg|µg|tablets? a day)\b/i);
});

test('every language has plain words and their label; none adds a number', async () => {
  for (const lang of languages) {
    const language = await load(lang);
    assert.ok(language.card.plainWords.length > 0, lang);
    assert.ok(language.ui.plainWordsLabel.length > 0, lang);
    assert.doesNotMatch(language.card.plainWords, /\d/, lang);
    assert.ok(language.card.plainWords.split(/(?<=[.!?۔])\s+/).length <= 3, `${lang}: at most 3 sentences`);
    if (lang !== 'en') assert.deepEqual(language.review, { status: 'unreviewed' }, `${lang}: not yet reviewed`);
  }
});
