import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { fr } from '../src/content/fr.js';
import { render, settled, widgetWithContent } from './support/widget.js';

const scripts = () => [...document.querySelectorAll('script[type="application/ld+json"]')];
const data = () => JSON.parse(scripts()[0]!.textContent!) as Record<string, unknown>;

/**
 * The schema.org FAQPage shape that search engines read
 * (https://schema.org/FAQPage, https://developers.google.com/search/docs/appearance/structured-data/faqpage):
 * a FAQPage whose mainEntity lists Questions, each with a name and an
 * acceptedAnswer that is an Answer with text. Returns the problems found.
 */
function faqPageProblems(json: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (json['@context'] !== 'https://schema.org') problems.push('@context is not https://schema.org');
  if (json['@type'] !== 'FAQPage') problems.push('@type is not FAQPage');
  const entities = json['mainEntity'];
  if (!Array.isArray(entities) || entities.length === 0) return [...problems, 'mainEntity is not a list of questions'];
  entities.forEach((question: Record<string, unknown>, index) => {
    const answer = question['acceptedAnswer'] as Record<string, unknown> | undefined;
    if (question['@type'] !== 'Question') problems.push(`mainEntity[${index}] is not a Question`);
    if (typeof question['name'] !== 'string' || question['name'] === '')
      problems.push(`mainEntity[${index}] has no name`);
    if (answer?.['@type'] !== 'Answer') problems.push(`mainEntity[${index}].acceptedAnswer is not an Answer`);
    if (typeof answer?.['text'] !== 'string' || answer['text'] === '')
      problems.push(`mainEntity[${index}] has no answer text`);
    const extra = Object.keys(question).filter((key) => !['@type', 'name', 'acceptedAnswer'].includes(key));
    if (extra.length > 0) problems.push(`mainEntity[${index}] has unknown keys ${extra.join(', ')}`);
  });
  return problems;
}

describe('structured data', () => {
  afterEach(() => {
    for (const script of scripts()) script.remove();
  });

  it('writes nothing unless asked', async () => {
    await render(html`<mms-guidance></mms-guidance>`);
    expect(scripts()).to.have.length(0);
  });

  it('with structured-data, writes one schema.org FAQPage into the page head, with every question and answer', async () => {
    await render(html`<mms-guidance structured-data></mms-guidance>`);
    expect(scripts()).to.have.length(1);
    expect(scripts()[0]!.parentElement === document.head, 'in the head').to.equal(true);
    const json = data();
    expect(faqPageProblems(json)).to.deep.equal([]);
    expect(json['inLanguage']).to.equal('en');
    const entities = json['mainEntity'] as { name: string; acceptedAnswer: { text: string } }[];
    const items = Object.values(en.faq);
    expect(entities.map((q) => q.name)).to.deep.equal(items.map((item) => item.question));
    expect(entities.map((q) => q.acceptedAnswer.text)).to.deep.equal(items.map((item) => item.answer.join('\n\n')));
  });

  it('writes it once per page, however many widgets ask', async () => {
    await fixture(
      html`<div>
        <mms-guidance structured-data></mms-guidance><mms-guidance structured-data lang="fr"></mms-guidance>
        <mms-guidance structured-data></mms-guidance>
      </div>`,
    );
    await new Promise((resolve) => setTimeout(resolve));
    expect(scripts()).to.have.length(1);
    expect(data()['inLanguage'], 'the first widget speaks for the page').to.equal('en');
  });

  it('lets the first widget speak for the page, in its language, whatever the others say or do later', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <mms-guidance structured-data lang="fr"></mms-guidance><mms-guidance structured-data></mms-guidance>
        <mms-guidance structured-data lang="pt"></mms-guidance>
      </div>`,
    );
    const widgets = [...root.querySelectorAll('mms-guidance')];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const spoken = () => [data()['inLanguage'], (data()['mainEntity'] as { name: string }[])[0]!.name];
    expect(spoken()).to.deep.equal(['fr', fr.faq['who-released'].question]);
    widgets[2]!.lang = 'es';
    await settled(widgets[2]!);
    expect(spoken(), 'after the last widget changed language').to.deep.equal(['fr', fr.faq['who-released'].question]);
    expect(scripts()).to.have.length(1);
  });

  it('follows the language when it changes', async () => {
    const el = await render(html`<mms-guidance structured-data></mms-guidance>`);
    el.lang = 'fr';
    await settled(el);
    const json = data();
    expect(json['inLanguage']).to.equal('fr');
    expect((json['mainEntity'] as { name: string }[])[0]!.name).to.equal(fr.faq['who-released'].question);
    expect(faqPageProblems(json)).to.deep.equal([]);
  });

  it('hands over to the next widget when the first leaves, and goes when the last does', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <mms-guidance structured-data></mms-guidance><mms-guidance structured-data lang="pt"></mms-guidance>
      </div>`,
    );
    const [first, second] = [...root.querySelectorAll('mms-guidance')];
    await second!.updateComplete;
    first!.remove();
    // A widget gives up its place a microtask after it leaves, in case it is only moving.
    await settled(second!);
    expect(data()['inLanguage']).to.equal('pt');
    second!.remove();
    await settled(second!);
    expect(scripts()).to.have.length(0);
  });

  // Issue 30: a change before the hand-over. The next widget speaks in the language it shows when it takes over.
  it('hands over in the language the next widget shows now, though it changed language while waiting', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <mms-guidance structured-data></mms-guidance><mms-guidance structured-data lang="pt"></mms-guidance>
      </div>`,
    );
    const [first, second] = [...root.querySelectorAll('mms-guidance')];
    await second!.updateComplete;
    second!.lang = 'es';
    await settled(second!);
    expect(data()['inLanguage'], 'the first still speaks').to.equal('en');
    first!.remove();
    await settled(second!);
    expect(data()['inLanguage']).to.equal('es');
    expect((data()['mainEntity'] as { name: string }[])[0]!.name).to.equal(es.faq['who-released'].question);
  });

  it('takes it back when the attribute goes, and writes it again when it returns', async () => {
    const el = await render(html`<mms-guidance structured-data></mms-guidance>`);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(scripts()).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    expect(data()['inLanguage']).to.equal('en');
  });

  it('keeps it when the widget moves in the page', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <div><mms-guidance structured-data></mms-guidance></div>
        <div></div>
      </div>`,
    );
    const el = root.querySelector('mms-guidance')!;
    await el.updateComplete;
    root.lastElementChild!.append(el);
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    expect(data()['inLanguage']).to.equal('en');
  });

  it('lets the first widget keep speaking for the page when it moves', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <div lang="fr"><mms-guidance structured-data></mms-guidance></div>
        <mms-guidance structured-data></mms-guidance>
        <p lang="fr"></p>
      </div>`,
    );
    const [first, second] = [...root.querySelectorAll('mms-guidance')];
    await second!.updateComplete;
    expect(data()['inLanguage']).to.equal('fr');
    root.querySelector('p')!.append(first!);
    await settled(first!);
    expect(data()['inLanguage']).to.equal('fr');
  });

  it('keeps partner text inside the script: "</script>" cannot end it, and links read as their labels', async () => {
    const partner = widgetWithContent(
      {
        en: {
          faq: {
            evidence: {
              question: 'Evidence?</script><script>alert(1)</script>',
              answer: ['See [the ministry](https://health.example/mms).'],
            },
          },
        },
      },
      { 'structured-data': '' },
    );
    await render(html`<div>${partner}</div>`);
    const text = scripts()[0]!.textContent!;
    expect(text).to.not.contain('</script');
    const evidence = (data()['mainEntity'] as { name: string; acceptedAnswer: { text: string } }[])[6]!;
    expect(evidence.name).to.equal('Evidence?</script><script>alert(1)</script>');
    expect(evidence.acceptedAnswer.text).to.equal('See the ministry.');
  });
});
