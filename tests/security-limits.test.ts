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
