import { expect, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { answerFor, answerText, part, parts, questions, render, sourcesMd, visibleText } from './helpers.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('content', () => {
  it('shows the title as the card heading', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const title = part(el, 'title');
    expect(title.localName).to.equal('h2');
    expect(visibleText(title)).to.equal(en.card.title);
  });

  it('says who issued the guidance and when, with a machine-readable date', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const meta = visibleText(part(el, 'meta'));
    expect(meta).to.contain(en.card.issuer);
    expect(meta).to.contain('20 January 2025');
    expect(part(el, 'meta').querySelector('time')!.dateTime).to.equal('2025-01-20');
  });

  it('shows the key message in its own labelled callout', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(visibleText(part(el, 'key-message-label'))).to.equal('Key message');
    expect(visibleText(part(el, 'key-message-text'))).to.equal(en.card.keyMessage);
  });

  it('carries the English key message word for word from SOURCES.md', async () => {
    const sources = await sourcesMd();
    const quoted = /THE KEY MESSAGE[\s\S]*?"([^"]+)"/.exec(sources)?.[1];
    expect(quoted, 'the key message quote in SOURCES.md').to.be.a('string');
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(visibleText(part(el, 'key-message-text'))).to.equal(squash(quoted!));
  });

  it('gives the context: why, WHO and the EML, the attributed evidence, UNICEF', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const context = visibleText(part(el, 'context'));
    for (const paragraph of en.card.context) expect(context).to.contain(paragraph);
    expect(context).to.match(/leftover MMS tablets/);
    expect(context).to.match(/World Health Organization .* Essential Medicines List/);
    expect(context).to.match(/As HMHB reports, evidence from trials suggests/);
    expect(context).to.match(/UNICEF/);
  });

  it('links "Read the guidance" to the HMHB announcement page by default', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const link = part(el, 'guidance-link') as HTMLAnchorElement;
    expect(visibleText(link)).to.equal('Read the guidance');
    expect(link.href).to.equal('https://hmhbconsortium.org/new-guidance-from-the-mms-tag/');
  });

  it('points readers to their health worker for personal advice', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(visibleText(part(el, 'referral'))).to.equal(en.referral.text);
  });

  it('renders every FAQ question, and every answer once opened', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(visibleText(part(el, 'faq-title'))).to.equal('Frequently asked questions');
    const buttons = questions(el);
    expect(buttons.map(visibleText)).to.deep.equal(Object.values(en.faq).map((item) => item.question));
    el.expandAll();
    await el.updateComplete;
    Object.values(en.faq).forEach((item, index) => {
      expect(answerText(answerFor(buttons[index]!))).to.equal(item.answer.join(' '));
    });
  });

  it('has 8 to 12 FAQ items with unique, stable ids', async () => {
    expect(Object.keys(en.faq).length).to.be.within(8, 12);
    const el = await render(html`<mms-guidance></mms-guidance>`);
    // These ids are public (methods, events, open-items): renaming one breaks partners.
    expect(el.itemIds).to.deep.equal([
      'who-released',
      'mms-tag',
      'audience',
      'why-needed',
      'leftover-tablets',
      'primary-target',
      'evidence',
      'unicef',
      'essential-medicines-list',
      'tablet-contents',
    ]);
    expect(parts(el, 'faq-item')).to.have.length(Object.keys(en.faq).length);
  });

  it('names a source from SOURCES.md for every sentence', async () => {
    const sources = await sourcesMd();
    const keys = [...sources.matchAll(/^\| (S\d) \|/gm)].map((match) => match[1]);
    expect(keys).to.deep.equal(['S1', 'S2', 'S3', 'S4']);
    // The card follows S1 throughout; each FAQ answer names its own source.
    const cited = [en.card, ...Object.values(en.faq)];
    for (const item of cited) expect(keys).to.include(item.source);
    // The one line SOURCES.md's rules allow without a source.
    expect(en.referral.source).to.equal('referral');
  });

  it('links by default to the S1 URL listed in SOURCES.md', async () => {
    const sources = await sourcesMd();
    const s1 = /^\| S1 \|[^|]*\| (https:\/\/\S+) \|/m.exec(sources)?.[1];
    expect(en.card.guidanceHref).to.equal(s1);
  });

  it('marks the content language and direction so screen readers pronounce it right', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(part(el, 'card').lang).to.equal('en');
    expect(part(el, 'card').dir).to.equal('ltr');
  });
});

describe('fallback content', () => {
  it('replaces what the page wrote inside the tag once the script runs', async () => {
    const el = await render(html`<mms-guidance><p id="fallback">Read the guidance</p></mms-guidance>`);
    const fallback = el.querySelector('#fallback') as HTMLElement;
    expect(fallback.offsetHeight, 'light-DOM fallback is not laid out').to.equal(0);
    expect(visibleText(part(el, 'key-message-text'))).to.equal(en.card.keyMessage);
  });
});
