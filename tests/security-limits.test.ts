// Limits on partner content (issue 17, finding 5): a content file past 256 KB
// is not read, a text past 4,000 characters is refused field by field, and the
// widget keeps showing the guidance.
import { expect, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { fr } from '../src/content/fr.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { warningsDuringEachTest } from './support/console.js';
import { answerText, part, question, questions, visibleText } from './support/queries.js';
import { until } from './support/until.js';
import { render, settled, widgetWithContent } from './support/widget.js';

const title = (el: MmsGuidance) => visibleText(part(el, 'title'));

describe('limits on partner content', () => {
  const errors = warningsDuringEachTest('error');

  const huge = (extra: Record<string, string> = {}) =>
    `/__content?${new URLSearchParams({ type: 'application/json', body: ' ', repeat: String(5_000_000), ...extra })}`;

  for (const [how, src, message] of [
    ['that says so in Content-Length', huge(), 'is 5000000 bytes, over the 256 KB limit; not read'],
    [
      'streamed with no Content-Length',
      huge({ chunked: '' }),
      'is more than 256000 bytes, over the 256 KB limit; not read',
    ],
  ]) {
    it(`refuses a 5 MB content-src ${how}, with one error, and stays usable`, async () => {
      const el = await render(html`<mms-guidance content-src=${src!}></mms-guidance>`);
      await until(() => errors.messages.length > 0, 'the error about the size');
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0])
        .to.match(/^<mms-guidance>: content-src "/)
        .and.contain(message!);
      expect(title(el)).to.equal(en.card.title);
      const button = questions(el)[0]!;
      button.click();
      await settled(el);
      expect(button.getAttribute('aria-expanded'), 'a question still opens').to.equal('true');
    });
  }

  it('refuses an overlong title, naming the field and its length, and shows the built-in one', async () => {
    const el = await render(html`<div>${widgetWithContent({ en: { card: { title: 'T'.repeat(50_000) } } })}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal([
      '<mms-guidance>: inline content en.card.title has 50000 characters, over the 4000 limit',
    ]);
    expect(title(el)).to.equal(en.card.title);
    expect(questions(el)).to.have.length(10);
  });

  it('drops only the overlong paragraph of an answer', async () => {
    const answer = ['A short first paragraph.', 'x'.repeat(4001), 'A short last paragraph.'];
    const el = await render(
      html`<div>${widgetWithContent({ en: { faq: { evidence: { answer } } } }, { 'open-items': 'evidence' })}</div>`,
    );
    await settled(el);
    expect(errors.messages).to.deep.equal([
      '<mms-guidance>: inline content en.faq.evidence.answer[1] has 4001 characters, over the 4000 limit',
    ]);
    const panel = el.shadowRoot!.getElementById(question(el, 'evidence').getAttribute('aria-controls')!)!;
    expect(answerText(panel)).to.equal('A short first paragraph. A short last paragraph.');
  });

  it('reads at most 50 languages, with one error, and still shows the guidance', async () => {
    // 21,000 language tags fit in 256 KB; read whole, they held the page for seconds.
    const many = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`zz-${i}`, {}]));
    // French comes last, past the limit: its title is not read, and the built-in French one shows.
    const el = await render(
      html`<div>${widgetWithContent({ ...many, fr: { card: { title: 'Titre' } } }, { lang: 'fr' })}</div>`,
    );
    await settled(el);
    expect(errors.messages).to.deep.equal([
      '<mms-guidance>: inline content has 2001 languages, over the 50 limit; using the first 50',
    ]);
    expect(title(el)).to.equal(fr.card.title);
    expect(questions(el)).to.have.length(10);
  });

  it('refuses a list of more than 20 paragraphs, naming it, and keeps the built-in answer', async () => {
    const answer = Array.from({ length: 21 }, (_, i) => `Paragraph ${i}.`);
    const el = await render(
      html`<div>${widgetWithContent({ en: { faq: { evidence: { answer } } } }, { 'open-items': 'evidence' })}</div>`,
    );
    await settled(el);
    expect(errors.messages).to.deep.equal([
      '<mms-guidance>: inline content en.faq.evidence.answer has 21 items, over the 20 limit',
    ]);
    const panel = el.shadowRoot!.getElementById(question(el, 'evidence').getAttribute('aria-controls')!)!;
    expect(answerText(panel)).to.contain('HMHB reports');
  });

  // Issue 27, finding 7: one error per problem flooded the console with 23,737 lines.
  const unknownKeys = (count: number) => ({
    en: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 0])),
    fr: { card: { title: 'Titre du partenaire' } },
  });
  const first20 = Array.from({ length: 20 }, (_, i) => `en."k${i}" is not a known field`);

  it('reports at most 20 problems of 23,737 unknown keys, then one line with the count, and uses the rest', async () => {
    const el = await render(html`<div>${widgetWithContent(unknownKeys(23_737), { lang: 'fr' })}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal([
      ...first20.map((problem) => `<mms-guidance>: inline content ${problem}`),
      '<mms-guidance>: inline content: 23717 more problems not shown; the first 20 are above',
    ]);
    expect(title(el), 'the valid part still applies').to.equal('Titre du partenaire');
  });

  it('counts per content load: a content-src with 30 unknown keys reports 20, then the count', async () => {
    const src = `/__content?${new URLSearchParams({ type: 'application/json', body: JSON.stringify(unknownKeys(30)) })}`;
    const el = await render(html`<mms-guidance content-src=${src} lang="fr"></mms-guidance>`);
    await until(() => errors.messages.length >= 21, 'the 21 lines');
    await until(() => title(el) === 'Titre du partenaire', 'the partner title');
    // The address is quoted, and cut to 80 characters as every name and value in a warning.
    const from = `content-src ${JSON.stringify(src).slice(0, 78)}…"`;
    expect(errors.messages).to.deep.equal([
      ...first20.map((problem) => `<mms-guidance>: ${from} ${problem}`),
      `<mms-guidance>: ${from}: 10 more problems not shown; the first 20 are above`,
    ]);
  });
});

// Issue 30: each limit at its edge. At the limit a value is taken with no word; one past it, it is refused with
// the documented reason; a streamed body is also sent in small pieces, so a size counted per piece shows.
describe('limits on partner content, at the edge', () => {
  const errors = warningsDuringEachTest('error');
  const atLimit = { en: { card: { title: 'At the limit' } } };
  const json = JSON.stringify(atLimit);
  /** A content file of exactly `bytes` bytes (the JSON, then spaces), sent whole or in pieces of `chunk` bytes. */
  const sized = (bytes: number, chunk?: number) =>
    `/__content?${new URLSearchParams({
      type: 'application/json',
      body: json,
      pad: String(bytes - json.length),
      ...(chunk ? { chunked: '', chunk: String(chunk) } : {}),
    })}`;
  /** Waits until the widget shows the file's title or an error came. */
  const loadedOrRefused = (el: MmsGuidance) =>
    until(() => title(el) === 'At the limit' || errors.messages.length > 0, 'the content or an error');

  for (const [how, chunk] of [
    ['with its Content-Length', undefined],
    ['streamed in 1,000-byte pieces', 1000],
    ['streamed in 64 KiB pieces', 65536],
  ] as const) {
    it(`reads a content-src of exactly 256,000 bytes ${how}, with no error`, async () => {
      const el = await render(html`<mms-guidance content-src=${sized(256_000, chunk)}></mms-guidance>`);
      await loadedOrRefused(el);
      expect(errors.messages).to.deep.equal([]);
      expect(title(el)).to.equal('At the limit');
    });
  }

  for (const [how, chunk, reason] of [
    ['with its Content-Length', undefined, 'is 256001 bytes, over the 256 KB limit; not read'],
    ['streamed in 1,000-byte pieces', 1000, 'is more than 256000 bytes, over the 256 KB limit; not read'],
    ['streamed in 100-byte pieces', 100, 'is more than 256000 bytes, over the 256 KB limit; not read'],
  ] as const) {
    it(`refuses a content-src of 256,001 bytes ${how}, saying why, and shows the built-in title`, async () => {
      const el = await render(html`<mms-guidance content-src=${sized(256_001, chunk)}></mms-guidance>`);
      await loadedOrRefused(el);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0])
        .to.match(/^<mms-guidance>: content-src "/)
        .and.contain(reason);
      expect(title(el)).to.equal(en.card.title);
    });
  }

  it('takes a text of exactly 4,000 characters with no error; 4,001 is refused with its length and the limit', async () => {
    const el = await render(html`<div>${widgetWithContent({ en: { card: { title: 'T'.repeat(4000) } } })}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal([]);
    expect(title(el)).to.equal('T'.repeat(4000));
    const over = await render(html`<div>${widgetWithContent({ en: { card: { title: 'T'.repeat(4001) } } })}</div>`);
    await settled(over);
    expect(errors.messages).to.deep.equal([
      '<mms-guidance>: inline content en.card.title has 4001 characters, over the 4000 limit',
    ]);
    expect(title(over)).to.equal(en.card.title);
  });

  it('takes a list of exactly 20 paragraphs with no error', async () => {
    const answer = Array.from({ length: 20 }, (_, i) => `Paragraph ${i}.`);
    const el = await render(
      html`<div>${widgetWithContent({ en: { faq: { evidence: { answer } } } }, { 'open-items': 'evidence' })}</div>`,
    );
    await settled(el);
    expect(errors.messages).to.deep.equal([]);
    const panel = el.shadowRoot!.getElementById(question(el, 'evidence').getAttribute('aria-controls')!)!;
    expect(answerText(panel)).to.equal(answer.join(' '));
  });

  /** `count` languages of filler, French last, with its own title. */
  const languagesEndingInFrench = (count: number) => ({
    ...Object.fromEntries(Array.from({ length: count - 1 }, (_, i) => [`zz-${i}`, {}])),
    fr: { card: { title: 'Titre' } },
  });

  it('reads exactly 50 languages with no error, the 50th among them', async () => {
    const el = await render(html`<div>${widgetWithContent(languagesEndingInFrench(50), { lang: 'fr' })}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal([]);
    expect(title(el)).to.equal('Titre');
  });

  it('refuses the 51st language, saying how many there are and that the first 50 are used', async () => {
    const el = await render(html`<div>${widgetWithContent(languagesEndingInFrench(51), { lang: 'fr' })}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal([
      '<mms-guidance>: inline content has 51 languages, over the 50 limit; using the first 50',
    ]);
    expect(title(el)).to.equal(fr.card.title);
  });

  it('does not count "$schema" as a language: 50 languages and a $schema read whole, with no error', async () => {
    const content = { $schema: '/dist/content.schema.json', ...languagesEndingInFrench(50) };
    const el = await render(html`<div>${widgetWithContent(content, { lang: 'fr' })}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal([]);
    expect(title(el)).to.equal('Titre');
  });

  const unknownKeys = (count: number) => ({
    en: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 0])),
  });
  const problems = (count: number) =>
    Array.from({ length: count }, (_, i) => `<mms-guidance>: inline content en."k${i}" is not a known field`);

  it('reports exactly 20 problems one by one, with no count line', async () => {
    const el = await render(html`<div>${widgetWithContent(unknownKeys(20))}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal(problems(20));
  });

  it('reports 21 problems as the first 20, then one line counting the one not shown', async () => {
    const el = await render(html`<div>${widgetWithContent(unknownKeys(21))}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal([
      ...problems(20),
      '<mms-guidance>: inline content: 1 more problems not shown; the first 20 are above',
    ]);
  });

  it('prints a name of exactly 80 characters in quotes whole, and cuts one of 81 to 80 with an ellipsis', async () => {
    // JSON quotes add two characters: a key of 78 is printed as 80.
    const whole = 'w'.repeat(78);
    const cut = 'c'.repeat(79);
    const el = await render(html`<div>${widgetWithContent({ en: { [whole]: 0, [cut]: 0 } })}</div>`);
    await settled(el);
    expect(errors.messages).to.deep.equal([
      `<mms-guidance>: inline content en."${whole}" is not a known field`,
      `<mms-guidance>: inline content en."${'c'.repeat(77)}…" is not a known field`,
    ]);
  });
});
