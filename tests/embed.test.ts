import { expect } from '@open-wc/testing';
import { applyParams } from '../src/embed/params.js';
import { warningsDuringEachTest } from './support/console.js';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { loadScript } from './support/scripts.js';
import { en } from '../src/content/en.js';
import { fr } from '../src/content/fr.js';
import { ur } from '../src/content/ur.js';

const warnings = warningsDuringEachTest();

/** Frames dist/embed.html with a query string, as a partner's CMS page would. */
const frame = (query: string, width = 420) =>
  loadFrame(`/dist/embed.html?${query}`, `width: ${width}px; height: 150px; border: 0`);

const widgetIn = (iframe: HTMLIFrameElement) =>
  iframe.contentDocument!.querySelector('mms-guidance') as HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until the frame's height settles (the resizer follows the frame's reports). */
async function settledHeight(iframe: HTMLIFrameElement): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = iframe.getBoundingClientRect().height;
    if (now === last && now !== 150) return now;
    last = now;
  }
  return last;
}

describe('iframe embed: query parameters', () => {
  it('maps attributes, tokens, sections and lang onto the widget', () => {
    const widget = document.createElement('mms-guidance');
    const shown = applyParams(
      new URLSearchParams(
        'heading-level=3&color-scheme=dark&open-items=mms-tag&accent-color=%23f2b134&sections=faq&lang=ur&share=off&link-prefix=guide-',
      ),
      widget,
    );
    expect(widget.getAttribute('share')).to.equal('off');
    expect(widget.getAttribute('link-prefix')).to.equal('guide-');
    expect(widget.getAttribute('heading-level')).to.equal('3');
    expect(widget.getAttribute('color-scheme')).to.equal('dark');
    expect(widget.getAttribute('open-items')).to.equal('mms-tag');
    expect(widget.style.getPropertyValue('--mms-guidance-accent-color')).to.equal('#f2b134');
    expect(widget.lang).to.equal('ur');
    expect(shown).to.deep.equal(['faq']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns, naming it, about an unknown parameter or bad sections, and keeps the defaults', () => {
    const widget = document.createElement('mms-guidance');
    const shown = applyParams(new URLSearchParams('colour=red&sections=card,ads'), widget);
    expect(shown).to.deep.equal(['card', 'faq']);
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.match(/^<mms-guidance>: embed: unknown parameter "colour" is ignored\./);
    expect(warnings.messages[1]).to.equal(
      '<mms-guidance>: embed: sections="card,ads" may list only card, faq; showing all.',
    );
  });

  // Issue 30: the limits at their edge. Repeated names are read in order, so the last one read shows.
  const repeated = (count: number) =>
    new URLSearchParams([...Array.from({ length: count - 1 }, () => ['heading-level', '2']), ['heading-level', '4']]);

  it('reads exactly 40 parameters, the last among them, with no warning', () => {
    const widget = document.createElement('mms-guidance');
    applyParams(repeated(40), widget);
    expect(widget.getAttribute('heading-level')).to.equal('4');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('reads only the first 40 of 41 parameters, and says the rest are ignored', () => {
    const widget = document.createElement('mms-guidance');
    applyParams(repeated(41), widget);
    expect(widget.getAttribute('heading-level')).to.equal('2');
    expect(warnings.messages).to.deep.equal(['<mms-guidance>: embed: more than 40 parameters; the rest are ignored.']);
  });

  it('takes a value of exactly 512 characters, and refuses 513, saying its length and the limit', () => {
    const widget = document.createElement('mms-guidance');
    applyParams(new URLSearchParams([['open-items', 'a'.repeat(512)]]), widget);
    expect(widget.getAttribute('open-items')).to.equal('a'.repeat(512));
    expect(warnings.messages).to.deep.equal([]);
    const other = document.createElement('mms-guidance');
    applyParams(new URLSearchParams([['open-items', 'a'.repeat(513)]]), other);
    expect(other.hasAttribute('open-items')).to.equal(false);
    expect(warnings.messages).to.deep.equal([
      '<mms-guidance>: embed: "open-items" is 513 characters long, over the 512 limit; ignored.',
    ]);
  });

  it("suggests the parameter a misspelt one meant, and nothing for other sites' tracking parameters", () => {
    const widget = document.createElement('mms-guidance');
    const misspelt = { 'color-sheme': 'color-scheme', 'heading-levle': 'heading-level', 'open-itmes': 'open-items' };
    const tracking = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'fbclid', 'gclid', 'ref', 'v'];
    applyParams(new URLSearchParams([...Object.keys(misspelt), ...tracking].map((key) => [key, '1'])), widget);
    expect(widget.getAttributeNames(), 'nothing set').to.deep.equal([]);
    expect(warnings.messages).to.have.length(11);
    for (const [written, meant] of Object.entries(misspelt)) {
      const warning = warnings.messages.find((message) => message.includes(`"${written}"`)) ?? '';
      expect(warning).to.contain(`Did you mean ${meant}?`);
    }
    const others = warnings.messages.filter((message) => tracking.some((key) => message.includes(`"${key}"`)));
    expect(others).to.have.length(tracking.length);
    expect(
      others.filter((message) => message.includes('Did you mean')),
      'no suggestion',
    ).to.deep.equal([]);
  });
});

describe('iframe embed: in a real frame', () => {
  before(async () => {
    // The partner page's one script: it sizes each embed frame to its content.
    await loadScript('/dist/embed-resizer.js', 'module');
  });

  it('renders the widget with the settings from the query string', async () => {
    const iframe = await frame('heading-level=3&color-scheme=dark&accent-color=%23f2b134');
    const widget = widgetIn(iframe);
    await customElements.whenDefined.call(iframe.contentWindow!.customElements, 'mms-guidance');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h3');
    const link = widget.shadowRoot!.querySelector('[part="guidance-link"]')!;
    expect(iframe.contentWindow!.getComputedStyle(link).backgroundColor).to.equal('rgb(242, 177, 52)');
    iframe.remove();
  });

  it('shows the language the query string names, right to left for Urdu', async () => {
    const iframe = await frame('lang=ur');
    const widget = widgetIn(iframe);
    await customElements.whenDefined.call(iframe.contentWindow!.customElements, 'mms-guidance');
    await (widget as MmsGuidance).updateComplete;
    const card = widget.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
    expect(card.lang).to.equal('ur');
    expect(iframe.contentWindow!.getComputedStyle(card).direction).to.equal('rtl');
    // The framed page itself follows: screen readers and the browser read its language, direction and title.
    await until(() => iframe.contentDocument!.documentElement.lang === 'ur', 'the page to take the language');
    expect(iframe.contentDocument!.documentElement.dir).to.equal('rtl');
    expect(iframe.contentDocument!.title).to.equal(ur.card.title);
    iframe.remove();
  });

  // Issue 30: language tags with a region, as partners' CMSs write them.
  for (const [lang, language, dir] of [
    ['ur-PK', ur, 'rtl'],
    ['fr-CA', fr, 'ltr'],
  ] as const) {
    it(`shows ${language.name} for lang=${lang}, and the framed page reads ${dir}`, async () => {
      const iframe = await frame(`lang=${lang}`);
      await customElements.whenDefined.call(iframe.contentWindow!.customElements, 'mms-guidance');
      await (widgetIn(iframe) as MmsGuidance).updateComplete;
      await until(() => iframe.contentDocument!.title === language.card.title, 'the page to take the title');
      const page = iframe.contentDocument!.documentElement;
      expect([page.lang.split('-')[0], page.dir]).to.deep.equal([language.lang, dir]);
      iframe.remove();
    });
  }

  it('shares only an address the partner gives, and hides links into the frame', async () => {
    const plain = await frame('open-items=evidence');
    await customElements.whenDefined.call(plain.contentWindow!.customElements, 'mms-guidance');
    const quiet = widgetIn(plain) as MmsGuidance;
    await quiet.updateComplete;
    expect(
      Boolean(quiet.shadowRoot!.querySelector('[part="share"]')),
      'no share bar: the frame would share itself',
    ).to.equal(false);
    const copy = quiet.shadowRoot!.querySelector('[part="copy-item-link"]')!;
    expect(plain.contentWindow!.getComputedStyle(copy).display).to.equal('none');
    plain.remove();
    // An address on the page framing the embed, the only kind the embed accepts.
    const given = await frame(`share-url=${encodeURIComponent(`${location.origin}/mms`)}&open-items=evidence`);
    await customElements.whenDefined.call(given.contentWindow!.customElements, 'mms-guidance');
    const sharing = widgetIn(given) as MmsGuidance;
    await sharing.updateComplete;
    const links = [...sharing.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="share-link"]')];
    const button = sharing.shadowRoot!.querySelector('[part="share-button"]');
    expect(Boolean(button), 'the share bar').to.equal(true);
    for (const link of links) expect(decodeURIComponent(link.href)).to.contain(`${location.origin}/mms`);
    const questionLink = sharing.shadowRoot!.querySelector('[part="copy-item-link"]')!;
    expect(
      given.contentWindow!.getComputedStyle(questionLink).display,
      'links to questions, on the partner page',
    ).to.not.equal('none');
    given.remove();
  });

  describe('a link to the partner page at a question', () => {
    const clearHash = () => history.replaceState(null, '', location.pathname + location.search);
    afterEach(clearHash);

    const openIn = (iframe: HTMLIFrameElement) => () =>
      [...widgetIn(iframe).shadowRoot!.querySelectorAll('[aria-expanded="true"]')].map((button) => button.id);

    it('opens that question in the frame, on load and when the fragment changes', async () => {
      history.replaceState(null, '', '#mms-evidence');
      const iframe = await frame('');
      await until(() => openIn(iframe)().includes('q-evidence'), 'the question the page was opened at');
      location.hash = '#mms-tablet-contents';
      await until(() => openIn(iframe)().includes('q-tablet-contents'), 'the question the fragment changed to');
      expect(iframe.contentWindow!.location.pathname, 'the frame stays on the embed page').to.equal('/dist/embed.html');
      iframe.remove();
    });

    it('moves the frame only to a fragment, whoever sends one', async () => {
      const iframe = await frame('');
      await settledHeight(iframe);
      const before = iframe.contentWindow!.location.href;
      for (const hash of [
        'javascript:alert(1)',
        '/elsewhere',
        'https://evil.example/#mms-evidence',
        '#mms-evidence"><img src=x>',
      ]) {
        iframe.contentWindow!.postMessage({ type: 'mms-guidance-embed:hash', hash }, '*');
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(iframe.contentWindow!.location.href).to.equal(before);
      expect(openIn(iframe)()).to.deep.equal([]);
      iframe.remove();
    });
  });

  it('sizes the frame to its content, and again after an item opens', async () => {
    const iframe = await frame('');
    const closed = await settledHeight(iframe);
    const document = iframe.contentDocument!;
    expect(closed, 'the frame grew to the widget').to.be.above(600);
    expect(Math.abs(closed - document.documentElement.getBoundingClientRect().height)).to.be.at.most(1);
    const widget = widgetIn(iframe);
    (widget.shadowRoot!.querySelector('[part="toggle-all"]') as HTMLButtonElement).click();
    // The new height takes a render, a report and an animation frame: wait for it, not for a quiet spell.
    await until(() => iframe.getBoundingClientRect().height > closed + 300, 'the frame to grow as every answer shows');
    const open = await settledHeight(iframe);
    expect(open, 'taller once every answer shows').to.be.above(closed + 300);
    expect(document.documentElement.scrollHeight, 'no scrolling inside the frame').to.be.at.most(Math.ceil(open));
    iframe.remove();
  });

  it('shows one section when asked', async () => {
    const iframe = await frame('sections=faq');
    const widget = widgetIn(iframe);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const visible = (name: string) =>
      iframe.contentWindow!.getComputedStyle(widget.shadowRoot!.querySelector(`[part="${name}"]`)!).display !== 'none';
    expect(visible('faq')).to.equal(true);
    expect(visible('key-message')).to.equal(false);
    iframe.remove();
  });

  it("opens links in the partner's window, not inside the frame", async () => {
    const iframe = await frame('');
    expect(iframe.contentDocument!.querySelector('base')!.target).to.equal('_top');
    iframe.remove();
  });
});

describe('iframe embed: pre-rendered pages', () => {
  for (const language of [en, fr, ur]) {
    it(`embed.${language.lang}.html reads with scripting off: ${language.name}, every answer open, no script control`, async () => {
      // A sandbox without allow-scripts turns scripting off; allow-same-origin lets the test look in.
      const iframe = document.createElement('iframe');
      iframe.title = 'Test page';
      iframe.setAttribute('sandbox', 'allow-same-origin');
      iframe.style.cssText = 'width: 420px; height: 600px; border: 0';
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      iframe.src = `/dist/embed.${language.lang}.html`;
      document.body.append(iframe);
      await loaded;
      const page = iframe.contentDocument!;
      expect([page.documentElement.lang, page.documentElement.dir, page.title]).to.deep.equal([
        language.lang,
        language.dir,
        language.card.title,
      ]);
      const root = page.querySelector('mms-guidance')!.shadowRoot!;
      expect(root.querySelector('[part="key-message-text"]')!.textContent).to.equal(language.card.keyMessage);
      const answers = [...root.querySelectorAll<HTMLElement>('.faq-answer')];
      expect(answers.map((answer) => answer.offsetHeight > 0)).to.deep.equal(answers.map(() => true));
      expect(answers.length).to.equal(10);
      const controls = [...root.querySelectorAll('button, .share')].filter((each) => each.getClientRects().length > 0);
      expect(controls.map((each) => each.className)).to.deep.equal([]);
      iframe.remove();
    });
  }
});
