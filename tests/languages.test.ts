import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { fr } from '../src/content/fr.js';
import { pt } from '../src/content/pt.js';
import { ur } from '../src/content/ur.js';
import { issuedIso } from '../src/content/en.js';
import { dateIn, pairJoins } from '../src/content/locale-format.js';
import { faqPage } from '../src/seo/structured-data.js';
import type { Language } from '../src/content/types.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { reviewPage } from '../build/translation-review-page.mjs';
import { warningsDuringEachTest } from './support/console.js';
import { answerFor, answerText, part, question, questions, shadow, visibleText } from './support/queries.js';
import { render, settled, widgetWithContent } from './support/widget.js';

const translations = [fr, es, pt, ur];
const all = [en, ...translations];
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
/** How each translation says, in the label of a link, that the page it opens is in English. */
const inEnglish: Record<string, string> = {
  fr: '(en anglais)',
  es: '(en inglés)',
  pt: '(em inglês)',
  ur: '(انگریزی میں)',
};

/** The figures in a text: 800, 1.4 (or 1,4), 2021. A translation keeps every one and adds none. */
const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();

const notice = (el: MmsGuidance) => shadow(el).querySelector<HTMLElement>('[part="language-notice"]');
const switchButton = (el: MmsGuidance) => part(el, 'language-switch') as HTMLButtonElement;

describe('built-in languages', () => {
  for (const language of all) {
    it(`${language.lang}: renders every string, names and labels included, and passes axe`, async () => {
      const el = await render(html`<mms-guidance lang=${language.lang} open-items="evidence"></mms-guidance>`);
      const card = part(el, 'card');
      expect(card.lang).to.equal(language.lang);
      expect(card.dir).to.equal(language.dir);
      expect(getComputedStyle(card).direction).to.equal(language.dir);
      expect(visibleText(part(el, 'title'))).to.equal(language.card.title);
      expect(visibleText(part(el, 'key-message-label'))).to.equal(language.ui.keyMessageLabel);
      expect(visibleText(part(el, 'key-message-text'))).to.equal(language.card.keyMessage);
      expect(visibleText(part(el, 'plain-words-label'))).to.equal(language.ui.plainWordsLabel);
      expect(visibleText(part(el, 'plain-words-text'))).to.equal(language.card.plainWords);
      expect(visibleText(part(el, 'guidance-link'))).to.equal(language.card.guidanceLabel);
      expect(visibleText(part(el, 'referral'))).to.equal(language.referral.text);
      expect(visibleText(part(el, 'faq-title'))).to.equal(language.ui.faqHeading);
      expect(visibleText(part(el, 'toggle-all'))).to.equal(language.ui.expandAll);
      expect(visibleText(part(el, 'meta'))).to.contain(language.card.issuer);
      // Accessible names: each question button names its answer region.
      const items = Object.values(language.faq);
      expect(questions(el).map(visibleText)).to.deep.equal(items.map((item) => item.question));
      const evidence = answerFor(question(el, 'evidence'));
      expect(evidence.getAttribute('aria-labelledby')).to.equal('q-evidence');
      expect(answerText(evidence)).to.equal(language.faq.evidence.answer.join(' '));
      await expect(el).to.be.accessible();
    });
  }

  for (const translation of translations) {
    it(`${translation.lang}: says what the English says, item by item, with every figure and its source`, () => {
      expect(Object.keys(translation.faq)).to.deep.equal(Object.keys(en.faq));
      expect(translation.card.context).to.have.length(en.card.context.length);
      expect(translation.card.guidanceHref).to.equal(en.card.guidanceHref);
      expect(figures(translation.card.keyMessage)).to.deep.equal(figures(en.card.keyMessage));
      expect(figures(translation.card.issued)).to.deep.equal(figures(en.card.issued));
      for (const [id, item] of Object.entries(translation.faq)) {
        const original = en.faq[id as keyof typeof en.faq];
        expect(item.source, id).to.deep.equal(original.source);
        expect(item.answer, id).to.have.length(original.answer.length);
        expect(figures(item.answer.join(' ')), id).to.deep.equal(figures(original.answer.join(' ')));
      }
      expect(Object.keys(translation.ui)).to.deep.equal(Object.keys(en.ui));
    });

    it(`${translation.lang}: the leftover-tablets answer stands alone, as its key message, with its primary target and its condition`, () => {
      expect(translation.faq['leftover-tablets'].answer).to.deep.equal([translation.card.keyMessage]);
    });

    it(`${translation.lang}: every answer that gives the TAG's conditions in English gives the whole key message, shown alone and in the FAQ data`, async () => {
      const keyMessage = translation.card.keyMessage;
      // Set inside a sentence ("Selon les orientations du MMS TAG, même si…"), the key message starts in lower case.
      const inSentence = `${keyMessage.charAt(0).toLowerCase()}${keyMessage.slice(1)}`;
      const conditioned = (Object.keys(en.faq) as (keyof typeof en.faq)[]).filter((id) =>
        en.faq[id].answer.join(' ').includes(lowerFirst(en.card.keyMessage)),
      );
      expect(conditioned).to.include.members(['evidence', 'unicef']);
      const entries = (faqPage(translation) as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] })
        .mainEntity;
      for (const id of ['leftover-tablets', ...conditioned] as const) {
        const el = await render(html`<mms-guidance lang=${translation.lang} open-items=${id}></mms-guidance>`);
        const alone = answerText(answerFor(question(el, id)));
        expect(alone.includes(keyMessage) || alone.includes(inSentence), `${id}, shown alone`).to.equal(true);
        const structured = entries.find((entry) => entry.name === translation.faq[id].question)!.acceptedAnswer.text;
        expect(structured.includes(keyMessage) || structured.includes(inSentence), `${id}, FAQ data`).to.equal(true);
      }
    });

    it(`${translation.lang}: says that the announcement is in English, in the link's label and its hreflang`, async () => {
      const el = await render(html`<mms-guidance lang=${translation.lang}></mms-guidance>`);
      const link = part(el, 'guidance-link') as HTMLAnchorElement;
      expect(visibleText(link)).to.equal(translation.card.guidanceLabel);
      expect(visibleText(link).endsWith(inEnglish[translation.lang]!), visibleText(link)).to.equal(true);
      expect(link.hreflang).to.equal('en');
      const sources = [...part(el, 'provenance').querySelectorAll('a')].map((source) => source.hreflang);
      expect(sources).to.deep.equal(['en', 'en']);
    });

    it(`${translation.lang}: the card writes its date the way a review date is written (Intl, long)`, () => {
      expect(translation.card.issued).to.equal(dateIn(translation.lang, issuedIso));
    });

    it(`${translation.lang}: records the English version it follows (1.2), when, and that it is not yet reviewed`, () => {
      expect(translation.version).to.equal('1.2');
      expect(translation.version).to.equal(en.version);
      expect(translation.translated).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(translation.review).to.deep.equal({ status: 'unreviewed' });
    });
  }
});

describe('choosing the language', () => {
  const warnings = warningsDuringEachTest();
  let documentLang = '';
  beforeEach(() => (documentLang = document.documentElement.lang));
  afterEach(() => (document.documentElement.lang = documentLang));

  const shown = (el: MmsGuidance) => part(el, 'card').lang;

  it("takes the element's own lang first", async () => {
    const el = await render(html`<div lang="es"><mms-guidance lang="fr"></mms-guidance></div>`);
    expect(shown(el)).to.equal('fr');
  });

  it("then the nearest ancestor's", async () => {
    const el = await render(
      html`<div lang="es">
        <section lang="pt"><mms-guidance></mms-guidance></section>
      </div>`,
    );
    expect(shown(el)).to.equal('pt');
  });

  it("then the document's, then English", async () => {
    document.documentElement.lang = 'ur';
    expect(shown(await render(html`<mms-guidance></mms-guidance>`))).to.equal('ur');
    document.documentElement.lang = '';
    expect(shown(await render(html`<mms-guidance></mms-guidance>`))).to.equal('en');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('serves a regional tag from its language, in any case: fr-BF gets French, PT-mz Portuguese', async () => {
    expect(shown(await render(html`<mms-guidance lang="fr-BF"></mms-guidance>`))).to.equal('fr');
    expect(shown(await render(html`<mms-guidance lang="PT-mz"></mms-guidance>`))).to.equal('pt');
  });

  it('falls back to English for an unknown language, with a warning naming it', async () => {
    const el = await render(html`<mms-guidance lang="de"></mms-guidance>`);
    expect(shown(el)).to.equal('en');
    expect(visibleText(part(el, 'title'))).to.equal(en.card.title);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(
      /^<mms-guidance>: lang="de" has no content here; showing English\. Languages: en, /,
    );
  });

  it('re-renders in place when lang changes, keeping open items open and the same elements', async () => {
    const el = await render(html`<mms-guidance open-items="evidence unicef"></mms-guidance>`);
    const button = question(el, 'evidence');
    el.lang = 'fr';
    await settled(el);
    expect(question(el, 'evidence') === button, 'the same button, updated').to.equal(true);
    expect(visibleText(button)).to.equal(fr.faq.evidence.question);
    expect(el.openItems).to.deep.equal(['evidence', 'unicef']);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(answerText(answerFor(button))).to.equal(fr.faq.evidence.answer.join(' '));
  });

  it("follows a change of the page's or an ancestor's lang", async () => {
    const el = await render(html`<div lang="es"><mms-guidance></mms-guidance></div>`);
    el.parentElement!.lang = 'pt';
    await settled(el);
    expect(shown(el)).to.equal('pt');
    el.parentElement!.removeAttribute('lang');
    document.documentElement.lang = 'ur';
    await settled(el);
    expect(shown(el)).to.equal('ur');
    expect(part(el, 'card').dir).to.equal('rtl');
  });

  it('speaks the language of where it lands when moved in the page', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <div lang="es"><mms-guidance></mms-guidance></div>
        <div lang="fr"></div>
      </div>`,
    );
    const el = root.querySelector('mms-guidance')!;
    await el.updateComplete;
    expect(shown(el)).to.equal('es');
    root.querySelector('[lang="fr"]')!.append(el);
    await settled(el);
    expect(shown(el)).to.equal('fr');
  });
});

describe('unreviewed translations', () => {
  it('English, the original, shows no notice', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(Boolean(notice(el)), 'a notice').to.equal(false);
  });

  for (const translation of translations) {
    it(`${translation.lang}: says it was translated and not yet reviewed, and switches to the English original and back in one click`, async () => {
      const el = await render(html`<mms-guidance lang=${translation.lang}></mms-guidance>`);
      expect(visibleText(notice(el)!)).to.contain(translation.ui.unreviewed);
      const button = switchButton(el);
      expect(visibleText(button)).to.equal(translation.ui.showOriginal);
      button.focus();
      button.click();
      await el.updateComplete;
      expect(part(el, 'card').lang).to.equal('en');
      expect(visibleText(part(el, 'title'))).to.equal(en.card.title);
      expect(switchButton(el) === button, 'the same button, so focus stays').to.equal(true);
      expect(shadow(el).activeElement === button, 'focus stays on the switch').to.equal(true);
      // The way back names the translation in its own language, marked as such.
      expect(visibleText(button)).to.equal(translation.name);
      expect(button.lang).to.equal(translation.lang);
      button.click();
      await el.updateComplete;
      expect(part(el, 'card').lang).to.equal(translation.lang);
    });
  }

  it('the switch works from the keyboard: Enter for English, Space to go back', async () => {
    const el = await render(html`<mms-guidance lang="es"></mms-guidance>`);
    const button = switchButton(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'card').lang).to.equal('en');
    expect(shadow(el).activeElement === button, 'focus stays on the switch').to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(part(el, 'card').lang).to.equal('es');
  });

  it('keeps open items open across the switch', async () => {
    const el = await render(html`<mms-guidance lang="pt" open-items="evidence"></mms-guidance>`);
    switchButton(el).click();
    await el.updateComplete;
    expect(question(el, 'evidence').getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(question(el, 'evidence'))).to.equal(en.faq.evidence.question);
  });
});

describe('numbers and units', () => {
  for (const language of all) {
    it(`${language.lang}: joins each number in the tablet list to its unit with a no-break space, so they never part at 360 px`, async () => {
      const answer = language.faq['tablet-contents'].answer.join(' ');
      const space = language.lang === 'fr' ? '\u202f' : '\u00a0';
      expect(answer, 'no breaking space between a number and its unit').to.not.match(/\d[ \t](µg|mg|IU|UI)/);
      const joined = answer.match(new RegExp(`\\d${space}(µg|mg|IU|UI)`, 'g')) ?? [];
      expect(joined.length, 'every amount').to.equal(16);
      const el = await render(
        html`<mms-guidance lang=${language.lang} open-items="tablet-contents" style="width: 360px"></mms-guidance>`,
      );
      // The paragraph's text node (Lit puts comment markers beside it).
      const paragraph = answerFor(question(el, 'tablet-contents')).querySelector('p')!;
      const text = [...paragraph.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE)!;
      const amounts = [...text.data.matchAll(/\d+(?:[.,]\d+)?[\u00a0\u202f](?:µg|mg|IU|UI)/g)];
      expect(amounts.length).to.equal(16);
      for (const amount of amounts) {
        const range = document.createRange();
        range.setStart(text, amount.index);
        range.setEnd(text, amount.index + amount[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(tops.size, `"${amount[0]}" on one line`).to.equal(1);
      }
    });
  }
});

describe('wording the review of content 1.1 asked for', () => {
  /** Every string of a content object. */
  const texts = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Object.values(value as object).flatMap(texts);

  it('fr, es: "should" is the conditional ("devraient", "deberían"), never "must" ("doivent", "deben")', () => {
    expect(en.card.keyMessage).to.contain('should');
    expect(fr.card.keyMessage).to.contain('devraient être');
    expect(es.card.keyMessage).to.contain('deberían ser');
    for (const text of texts(fr)) expect(text).to.not.match(/\b(doivent|doit) être\b/);
    for (const text of texts(es)) expect(text).to.not.match(/\b(deben|debe) ser\b/);
  });

  it('fr, es, pt: the potential in the evidence is the potential of MMS, in the card and the answer', () => {
    const ofMms = { fr: 'potentiel des MMS', es: 'potencial de los MMS', pt: 'potencial dos MMS' };
    for (const language of [fr, es, pt]) {
      const phrase = ofMms[language.lang as keyof typeof ofMms];
      expect(language.card.context[2], language.lang).to.contain(phrase);
      expect(language.faq.evidence.answer[0], language.lang).to.contain(phrase);
    }
  });

  it('every language: "hosted by" in the MMS TAG answer names the Healthy Mothers Healthy Babies Consortium in full', () => {
    for (const language of all) {
      expect(language.faq['mms-tag'].answer.join(' '), language.lang).to.match(
        /Healthy Mothers Healthy Babies Consortium \(HMHB\)|ہیلدی مدرز ہیلدی بیبیز کنسورشیم \(HMHB\)/,
      );
    }
  });

  it('the provenance line gives the list its article: "and the WHO…", "et la Liste…", "y la Lista…", "e a Lista…"', async () => {
    const article = { en: 'the WHO', fr: 'la Liste', es: 'la Lista', pt: 'a Lista' };
    for (const [lang, start] of Object.entries(article)) {
      const el = await render(html`<mms-guidance lang=${lang}></mms-guidance>`);
      const eml = part(el, 'provenance').querySelectorAll('a')[1]!;
      expect(visibleText(eml).startsWith(start), visibleText(eml)).to.equal(true);
    }
  });

  it('ur: the switch to the English original says "the original English text", and the review page asks about "اس طبی اشارے کے تحت"', async () => {
    const el = await render(html`<mms-guidance lang="ur"></mms-guidance>`);
    expect(visibleText(switchButton(el))).to.equal('اصل انگریزی متن دیکھیں');
    const page = reviewPage(en, ur);
    const row = page.split('\n').find((line) => line.startsWith('| `faq.essential-medicines-list.answer[0]` |'))!;
    expect(row.endsWith('| |'), 'the check column holds a question').to.equal(false);
    expect(row.slice(row.lastIndexOf(' | '))).to.contain('اس طبی اشارے کے تحت');
  });
});

describe('provenance line', () => {
  const line = (el: MmsGuidance) => visibleText(part(el, 'provenance'));

  const links = (el: MmsGuidance) =>
    [...part(el, 'provenance').querySelectorAll('a')].map((link) => [visibleText(link), link.href]);

  it('English: each source shown, linked (HMHB with its date, the WHO EML), the content version and that it is the original', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(line(el)).to.equal(
      'Sources: HMHB (20 January 2025) and the WHO Essential Medicines List · Content version 1.2 · English original',
    );
    expect(links(el)).to.deep.equal([
      ['HMHB', 'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/'],
      ['the WHO Essential Medicines List', 'https://list.essentialmeds.org/recommendations/1237'],
    ]);
  });

  for (const translation of translations) {
    it(`${translation.lang}: the same, translated, with the review status`, async () => {
      const el = await render(html`<mms-guidance lang=${translation.lang}></mms-guidance>`);
      const text = line(el);
      for (const piece of [
        translation.ui.sourceLabel,
        translation.card.issued,
        translation.ui.emlName,
        translation.ui.versionLabel,
        translation.ui.unreviewed,
      ]) {
        expect(text).to.contain(piece);
      }
      expect(text).to.contain(translation.version);
      expect(links(el)).to.deep.equal([
        ['HMHB', 'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/'],
        [translation.ui.emlName, 'https://list.essentialmeds.org/recommendations/1237'],
      ]);
    });
  }

  // The built-in languages' joins are written down (pairJoins), so the first render need not load Intl's data.
  const joinedByIntl = (language: Language) =>
    new Intl.ListFormat(language.lang, { type: 'conjunction' }).format([
      `HMHB (${language.card.issued})`,
      language.ui.emlName,
    ]);

  for (const language of all) {
    it(`${language.lang}: joins the two sources as this browser's Intl.ListFormat does`, async () => {
      const el = await render(html`<mms-guidance lang=${language.lang}></mms-guidance>`);
      expect(line(el)).to.contain(`${language.ui.sourceLabel} ${joinedByIntl(language)} · `);
    });
  }

  it("a partner's new language (mg) joins them as Intl.ListFormat does too", async () => {
    const el = await render(html`<div>${widgetWithContent({ mg: {} }, { lang: 'mg' })}</div>`);
    expect(line(el)).to.contain(`${en.ui.sourceLabel} ${joinedByIntl({ ...en, lang: 'mg' })} · `);
  });

  it('writes down joins for the built-in languages only', () => {
    expect([...pairJoins.keys()].sort()).to.deep.equal(all.map((language) => language.lang).sort());
  });
});

describe('marking a built-in translation reviewed', () => {
  const review = { status: 'reviewed', reviewer: 'Ministère de la Santé', date: '2026-12-15' };
  const reviewed = (lang: string) => render(html`<div>${widgetWithContent({ [lang]: { review } }, { lang })}</div>`);
  const longDate = (lang: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-12-15'));

  it('fr: partner JSON marks it reviewed; the notice goes and the date is written the French way, not ISO', async () => {
    const el = await reviewed('fr');
    expect(notice(el) === null, 'no unreviewed notice').to.equal(true);
    const text = visibleText(part(el, 'provenance'));
    expect(text).to.contain(`${fr.ui.reviewedBy} Ministère de la Santé, 15 décembre 2026`);
    expect(text).to.not.contain('2026-12-15');
    expect(text).to.not.contain(fr.ui.unreviewed);
  });

  for (const translation of [es, pt, ur]) {
    it(`${translation.lang}: the same, in the language's own date format`, async () => {
      const el = await reviewed(translation.lang);
      expect(notice(el) === null, 'no unreviewed notice').to.equal(true);
      const text = visibleText(part(el, 'provenance'));
      // Urdu separates with its own comma (،), the others with a Latin one.
      const comma = translation.lang === 'ur' ? '،' : ',';
      expect(text).to.contain(
        `${translation.ui.reviewedBy} Ministère de la Santé${comma} ${longDate(translation.lang)}`,
      );
      expect(text).to.not.contain('2026-12-15');
    });
  }

  it('a language tag Intl refuses (en-a) gets English conventions, not an error', async () => {
    const el = await render(html`<div>${widgetWithContent({ 'en-a': { review } }, { lang: 'en-a' })}</div>`);
    expect(visibleText(part(el, 'provenance'))).to.equal(
      'Sources: HMHB (20 January 2025) and the WHO Essential Medicines List · Content version 1.2 · Translation reviewed by Ministère de la Santé, December 15, 2026',
    );
  });

  it('a date that is not YYYY-MM-DD is shown as given', async () => {
    const el = await render(
      html`<div>${widgetWithContent({ fr: { review: { ...review, date: 'décembre 2026' } } }, { lang: 'fr' })}</div>`,
    );
    expect(visibleText(part(el, 'provenance'))).to.contain('Ministère de la Santé, décembre 2026');
  });
});

describe('French typography', () => {
  /** Every string of a content object, with its path. */
  const strings = (value: unknown, path = ''): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as object).flatMap(([key, item]) => strings(item, `${path}.${key}`));

  it('puts a narrow no-break space (U+202F) before ? : ; ! and inside « », interface strings included', () => {
    const checked = strings(fr).filter(([path]) => !path.endsWith('guidanceHref'));
    expect(checked.filter(([path]) => path.startsWith('.ui.')).some(([, text]) => text.includes('\u202f:'))).to.equal(
      true,
    );
    for (const [path, text] of checked) {
      expect(text, path).to.not.match(/[^\u202f][?;!»]|«[^\u202f]/);
      expect(text, path).to.not.match(/[^\u202f]:(\s|$)/);
    }
  });

  it('the widget shows them: the space before "?" cannot break, in a question as read', async () => {
    const el = await render(html`<mms-guidance lang="fr"></mms-guidance>`);
    expect(question(el, 'unicef').textContent!.trim()).to.equal('Que dit l’UNICEF\u202f?');
    expect(part(el, 'meta').textContent).to.contain('Publié par\u202f:');
  });
});

describe('translation review pages', () => {
  for (const translation of translations as Language[]) {
    it(`${translation.lang}: docs/translation-review/${translation.lang}.md is up to date with the content (run \`npm run docs\`)`, async () => {
      const response = await fetch(`/docs/translation-review/${translation.lang}.md`);
      expect(response.ok, `docs/translation-review/${translation.lang}.md exists`).to.equal(true);
      const page = await response.text();
      expect(page === reviewPage(en, translation), 'the page matches what the content says').to.equal(true);
      // Each string once, by id, with its source key and the English beside the translation.
      const has = (text: string) => page.includes(text);
      expect(
        has(
          `| \`faq.evidence.answer[0]\` | S1 | ${en.faq.evidence.answer[0]} | ${translation.faq.evidence.answer[0]} |`,
        ),
      ).to.equal(true);
      expect(has('| `faq.essential-medicines-list.answer[1]` | S4 |'), 'a source key per paragraph').to.equal(true);
      expect(has('.source['), 'source keys are a column, not strings to translate').to.equal(false);
      expect(has('## Sign-off')).to.equal(true);
    });
  }
});

describe('right to left', () => {
  it('Urdu runs right to left without the partner setting dir, and keeps its chevrons and layout mirrored', async () => {
    const el = await render(html`<mms-guidance lang="ur" style="width: 600px"></mms-guidance>`);
    expect(el.hasAttribute('dir')).to.equal(false);
    const button = question(el, 'evidence');
    expect(getComputedStyle(button).direction).to.equal('rtl');
    const icon = button.querySelector('[part="faq-icon"]')!.getBoundingClientRect();
    const label = button.querySelector('span')!.getBoundingClientRect();
    expect(icon.right, 'the chevron sits at the end, on the left').to.be.at.most(label.left + 1);
  });

  // Issue 30: language tags with a region, as partners' pages write them.
  for (const [tag, language, dir] of [
    ['ur-PK', ur, 'rtl'],
    ['fr-CA', fr, 'ltr'],
    ['pt-BR', pt, 'ltr'],
  ] as const) {
    it(`${tag} shows ${language.name}, ${dir}`, async () => {
      const el = await render(html`<mms-guidance lang=${tag}></mms-guidance>`);
      expect(visibleText(part(el, 'title'))).to.equal(language.card.title);
      expect(getComputedStyle(question(el, 'evidence')).direction).to.equal(dir);
    });
  }

  it("a partner's new right-to-left language with a region (ps-AF) runs right to left without a dir", async () => {
    const el = await render(
      html`<div>
        ${widgetWithContent({ 'ps-AF': { name: 'Pashto', card: { title: 'Partner title' } } }, { lang: 'ps-AF' })}
      </div>`,
    );
    await settled(el);
    expect(visibleText(part(el, 'title'))).to.equal('Partner title');
    expect(getComputedStyle(question(el, 'evidence')).direction).to.equal('rtl');
  });
});
