import { expect, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import type { FaqId, SourceKey } from '../src/content/types.js';
import { faqPage } from '../src/seo/structured-data.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { warningsDuringEachTest } from './support/console.js';
import { answerFor, answerText, part, parts, question, questions, shadow, visibleText } from './support/queries.js';
import { sourcesMd } from './support/sources.js';
import { render, settled, widgetWithContent } from './support/widget.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

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

  it('gives the context: why, WHO and the EML, the evidence and UNICEF as HMHB reports them', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const context = visibleText(part(el, 'context'));
    for (const paragraph of en.card.context) expect(context).to.contain(paragraph);
    expect(context).to.match(/leftover MMS tablets/);
    expect(context).to.match(/World Health Organization .* Essential Medicines List/);
    expect(context).to.match(/HMHB reports that evidence from trials suggests/);
    expect(context).to.match(/HMHB reports that the United Nations Children’s Fund \(UNICEF\) guidance supports/);
  });

  it("keeps the source's hedges on the evidence, in the card as in the answer", () => {
    const hedges = ['suggests', 'given its potential', 'presumed', 'biologically plausible', 'likely'];
    const card = en.card.context.find((paragraph) => paragraph.includes('evidence from trials'))!;
    const answer = en.faq.evidence.answer.join(' ');
    for (const hedge of hedges) {
      expect(card, `card: "${hedge}"`).to.contain(hedge);
      expect(answer, `answer: "${hedge}"`).to.contain(hedge);
    }
  });

  it('attributes to HMHB what HMHB reports: the evidence and UNICEF answers, then the TAG its own guidance', () => {
    expect(en.faq.evidence.question).to.contain('HMHB');
    const [first, second, tag] = en.faq.evidence.answer;
    expect(first).to.match(/^HMHB reports that /);
    expect(second).to.match(/^HMHB also reports that /);
    expect(en.faq.unicef.answer[0]).to.match(/^HMHB reports that, recognizing the postpartum period/);
    // The reported benefits and UNICEF's "continued use" are each set beside the TAG's narrower message.
    for (const paragraph of [tag, en.faq.unicef.answer[1]]) {
      expect(paragraph).to.equal(`The MMS TAG’s guidance is that, ${lowerFirst(en.card.keyMessage)}`);
    }
  });

  /** The answers that speak about postpartum use of MMS, by what they say. */
  const aboutPostpartumUse = (text: string) =>
    /postpartum|breastfe|after (the )?(birth|delivery|childbirth)/.test(text);
  /** Answers that name postpartum use only to say what the guidance is about; they claim no benefit and allow nothing. */
  const describeTheQuestion = ['audience', 'why-needed'];

  it('every answer that speaks about postpartum use, shown alone, gives the TAG’s conditions: pregnant women first, only tablets that remain', async () => {
    const conditioned = Object.entries(en.faq)
      .filter(([id, item]) => aboutPostpartumUse(item.answer.join(' ')) && !describeTheQuestion.includes(id))
      .map(([id]) => id);
    expect(conditioned).to.deep.equal(['leftover-tablets', 'evidence', 'unicef']);
    for (const id of describeTheQuestion) {
      expect(en.faq[id as FaqId].answer.join(' '), id).to.not.match(/\bmay use|supports|benefit|safe/);
    }
    const entries = (faqPage(en) as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] }).mainEntity;
    for (const id of conditioned) {
      // Opened alone, as a link to the question opens it.
      const el = await render(html`<mms-guidance open-items=${id}></mms-guidance>`);
      const alone = answerText(answerFor(question(el, id)));
      expect(alone, id).to.contain('pregnant women should be the primary target');
      expect(alone, id).to.contain('if MMS tablets remain after delivery of the baby');
      expect(alone, id).to.not.match(/^Yes\b/);
      // As it travels in the FAQPage structured data, on its own.
      const structured = entries.find((entry) => entry.name === en.faq[id as FaqId].question)!.acceptedAnswer.text;
      expect(structured, id).to.contain('pregnant women should be the primary target');
      expect(structured, id).to.contain('if MMS tablets remain after delivery of the baby');
    }
  });

  it('every answer stands alone: none opens on a pronoun, and "hosted by" names HMHB in full', () => {
    for (const [id, item] of Object.entries(en.faq)) {
      expect(item.answer[0], id).to.not.match(/^(It|They|This|These|Its)\b/);
      expect(item.answer.join(' '), id).to.not.match(/\breleased it\b/);
      for (const hosted of item.answer.join(' ').match(/hosted by [^,.]+/g) ?? []) {
        expect(hosted, id).to.match(/^hosted by the Healthy Mothers Healthy Babies Consortium \(HMHB\)/);
      }
    }
  });

  it("the Essential Medicines List answer keys each paragraph to its source and states the listing's scope", () => {
    const { answer, source } = en.faq['essential-medicines-list'];
    expect(source).to.deep.equal(['S3', 'S4']);
    // S3, the listing itself: UNIMMAP, the core list, specific contexts, pregnancy.
    for (const claim of ['(UNIMMAP)', '2021', 'core list', '“for use in specific contexts”', 'related to pregnancy']) {
      expect(answer[0], claim).to.contain(claim);
    }
    // S4, HMHB's report: an antenatal supplement for pregnant women.
    expect(answer[1]).to.match(/^HMHB reported on 1 October 2021 /);
    expect(answer[1]).to.contain('as an antenatal supplement for pregnant women');
  });

  it("labels the link to S1 for what it is, HMHB's announcement, and links it there by default, marked English", async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const link = part(el, 'guidance-link') as HTMLAnchorElement;
    expect(visibleText(link)).to.equal('Read the announcement');
    expect(link.href).to.equal('https://hmhbconsortium.org/new-guidance-from-the-mms-tag/');
    expect(link.hreflang).to.equal('en');
  });

  it("a partner's own guidance page is not marked English: hreflang goes with the HMHB address", async () => {
    const el = await render(html`<mms-guidance guidance-href="https://example.org/guidance"></mms-guidance>`);
    const link = part(el, 'guidance-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/guidance');
    expect(link.hasAttribute('hreflang')).to.equal(false);
  });

  it('is content version 1.2', () => {
    expect(en.version).to.equal('1.2');
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
    Object.entries(en.faq).forEach(([id, item], index) => {
      // The leftover-tablets answer ends with the key message in plain words.
      const plain = id === 'leftover-tablets' ? [en.ui.plainWordsLabel, en.card.plainWords] : [];
      expect(answerText(answerFor(buttons[index]!))).to.equal([...item.answer, ...plain].join(' '));
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
    expect(keys).to.include(en.card.source);
    // An answer names one source, or one per paragraph.
    for (const [id, item] of Object.entries(en.faq)) {
      const perParagraph: readonly SourceKey[] = typeof item.source === 'string' ? [item.source] : item.source;
      if (perParagraph.length > 1) expect(perParagraph, id).to.have.length(item.answer.length);
      for (const key of perParagraph) expect(keys, id).to.include(key);
    }
    // The one line SOURCES.md's rules allow without a source.
    expect(en.referral.source).to.equal('referral');
  });

  it('links by default to the S1 URL listed in SOURCES.md', async () => {
    const sources = await sourcesMd();
    const s1 = /^\| S1 \|[^|]*\| (https:\/\/\S+) \|/m.exec(sources)?.[1];
    expect(en.card.guidanceHref).to.equal(s1);
  });

  it('links the provenance line to the S1 and S3 URLs listed in SOURCES.md', async () => {
    const sources = await sourcesMd();
    const url = (key: string) => new RegExp(`^\\| ${key} \\|[^|]*\\| (https://\\S+) \\|`, 'm').exec(sources)?.[1];
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const links = [...part(el, 'provenance').querySelectorAll('a')];
    expect(links.map((link) => link.href)).to.deep.equal([url('S1'), url('S3')]);
  });

  it('marks the content language and direction so screen readers pronounce it right', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(part(el, 'card').lang).to.equal('en');
    expect(part(el, 'card').dir).to.equal('ltr');
  });
});

describe('the key message in plain words', () => {
  const warnings = warningsDuringEachTest();
  const plainIn = (root: Element) =>
    [...root.querySelectorAll('[part="plain-words"]')].map((block) => [
      visibleText(block.querySelector('[part="plain-words-label"]')!),
      visibleText(block.querySelector('[part="plain-words-text"]')!),
    ]);
  const leftoverAnswer = (el: MmsGuidance) => answerFor(question(el, 'leftover-tablets'));

  it('follows the key message, labelled, inside its callout; the key message stays word for word', async () => {
    const el = await render(html`<mms-guidance open-items="leftover-tablets"></mms-guidance>`);
    const callout = part(el, 'key-message');
    expect(plainIn(callout)).to.deep.equal([['In plain words', en.card.plainWords]]);
    expect(visibleText(part(el, 'key-message-text'))).to.equal(en.card.keyMessage);
    const order = [...callout.querySelectorAll('[part]')].map((node) => node.getAttribute('part'));
    expect(order).to.deep.equal([
      'key-message-label',
      'key-message-text',
      'plain-words',
      'plain-words-label',
      'plain-words-text',
    ]);
  });

  it('ends the leftover-tablets answer too, after the key message, so the answer carries it alone', async () => {
    const el = await render(html`<mms-guidance open-items="leftover-tablets"></mms-guidance>`);
    const answer = leftoverAnswer(el);
    expect(answerText(answer)).to.equal(`${en.card.keyMessage} In plain words ${en.card.plainWords}`);
    expect(plainIn(answer)).to.deep.equal([['In plain words', en.card.plainWords]]);
    // No other answer carries it.
    expect(shadow(el).querySelectorAll('.faq-answer [part="plain-words"]').length).to.equal(1);
  });

  it('the FAQ data keeps the TAG’s own wording', () => {
    const text = JSON.stringify(faqPage(en));
    expect(text).to.not.contain(en.card.plainWords);
  });

  it('plain-words="off" hides it in the card and the answer, in every language', async () => {
    for (const lang of ['en', 'fr', 'ur']) {
      const el = await render(
        html`<mms-guidance lang=${lang} plain-words="off" open-items="leftover-tablets"></mms-guidance>`,
      );
      expect(shadow(el).querySelectorAll('[part="plain-words"]').length, lang).to.equal(0);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('turns back on when the attribute goes; a bad value warns, naming it, and keeps it on', async () => {
    const el = await render(html`<mms-guidance plain-words="off"></mms-guidance>`);
    el.removeAttribute('plain-words');
    await el.updateComplete;
    expect(plainIn(part(el, 'key-message'))).to.have.length(1);
    el.setAttribute('plain-words', 'no');
    await el.updateComplete;
    expect(plainIn(part(el, 'key-message'))).to.have.length(1);
    expect(el.plainWords).to.equal('on');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('plain-words="no" is not one of on, off; using on.');
  });

  it('partner content rewords it, or hides it in one language with an empty string', async () => {
    const reworded = 'Our own plain words.';
    const el = await render(
      html`<div>
        ${widgetWithContent({ en: { card: { plainWords: reworded } }, fr: { card: { plainWords: '' } } })}
      </div>`,
    );
    expect(plainIn(part(el, 'key-message'))).to.deep.equal([['In plain words', reworded]]);
    el.lang = 'fr';
    await settled(el);
    expect(part(el, 'card').lang).to.equal('fr');
    expect(shadow(el).querySelectorAll('[part="plain-words"]').length).to.equal(0);
    expect(warnings.messages).to.deep.equal([]);
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
