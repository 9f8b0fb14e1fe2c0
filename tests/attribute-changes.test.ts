// Every attribute changed, and every attribute removed, after the widget has
// rendered: it must end exactly as a widget written with the new value (or
// without the attribute) from the start: what a reader and a screen reader get,
// not what the code did on the way. Removing an attribute is not a mistake, so
// it warns about nothing.
import { expect } from '@open-wc/testing';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { warningsDuringEachTest } from './support/console.js';
import { settled } from './support/widget.js';

const warnings = warningsDuringEachTest();

/**
 * What the reader gets from a widget: language, headings, text, states, links, share bar, colours, the FAQ data;
 * and the values its properties say it uses.
 */
function readerView(widget: MmsGuidance) {
  const root = widget.shadowRoot!;
  const card = root.querySelector<HTMLElement>('[part~="card"]')!;
  const shown = (element: Element) => element.getClientRects().length > 0;
  return {
    lang: card.lang,
    dir: card.dir,
    headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
      (heading) => `${heading.localName} ${heading.textContent!.replace(/\s+/g, ' ').trim()}`,
    ),
    shownText: [...root.querySelectorAll('p, li, button, a')]
      .filter(shown)
      .map((element) => element.textContent!.replace(/\s+/g, ' ').trim()),
    expanded: [...root.querySelectorAll('button[aria-expanded]')].map((button) => button.getAttribute('aria-expanded')),
    links: [...root.querySelectorAll('a')].filter(shown).map((link) => link.getAttribute('href')),
    shareBar: [...root.querySelectorAll('[part~="share"]')].filter(shown).length,
    colours: [getComputedStyle(card).backgroundColor, getComputedStyle(card).color],
    faqData: document.querySelector('script[data-mms-guidance-faq]')?.textContent?.length ?? 0,
    // The values in use, as the properties read them after an update (the API docs' promise); a link prefix shows
    // to the reader only in a copied link.
    used: [widget.headingLevel, widget.linkPrefix, widget.guidanceHref, widget.shareUrl, widget.share],
  };
}

/** A widget with these attributes, rendered in the page; removed by the caller. */
async function widgetWith(attributes: Record<string, string>): Promise<MmsGuidance> {
  const widget = document.createElement('mms-guidance');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  document.body.append(widget);
  await settled(widget);
  return widget;
}

/** The view of a widget written with these attributes from the start, and the warnings it gave. */
async function freshView(attributes: Record<string, string>) {
  const widget = await widgetWith(attributes);
  const view = readerView(widget);
  widget.remove();
  await new Promise((resolve) => setTimeout(resolve));
  return view;
}

// Each attribute with two valid values that the reader can tell apart, and what must be there for the difference
// to show (a link prefix shows in an open answer's "Copy link").
const cases: { name: string; first: string; second: string; with?: Record<string, string> }[] = [
  { name: 'lang', first: 'fr', second: 'ur' },
  { name: 'heading-level', first: '4', second: '3' },
  { name: 'color-scheme', first: 'dark', second: 'light' },
  { name: 'open-items', first: 'evidence', second: 'unicef mms-tag' },
  { name: 'share', first: 'off', second: 'auto' },
  { name: 'link-prefix', first: 'who-', second: 'moh-', with: { 'open-items': 'evidence' } },
  { name: 'guidance-href', first: 'https://example.org/first', second: 'https://example.org/second' },
  { name: 'share-url', first: 'https://example.org/page-a', second: 'https://example.org/page-b' },
  { name: 'plain-words', first: 'off', second: 'on' },
  { name: 'structured-data', first: '', second: '' },
];

describe('every attribute changed or removed after the first render ends as if written so from the start', () => {
  afterEach(() => document.querySelectorAll('mms-guidance').forEach((widget) => widget.remove()));

  for (const { name, first, second, with: base = {} } of cases) {
    if (first !== second) {
      it(`${name}: "${first}" changed to "${second}"`, async () => {
        const expected = await freshView({ ...base, [name]: second });
        expect(readerView(await widgetWith({ ...base, [name]: first })), 'the first value shows').not.to.deep.equal(
          expected,
        );
        const widget = document.querySelector('mms-guidance')!;
        widget.setAttribute(name, second);
        await settled(widget);
        expect(readerView(widget)).to.deep.equal(expected);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it(`${name}: "${first}" removed`, async () => {
      const expected = await freshView(base);
      const widget = await widgetWith({ ...base, [name]: first });
      expect(readerView(widget), 'the value shows before it is removed').not.to.deep.equal(expected);
      widget.removeAttribute(name);
      await settled(widget);
      expect(readerView(widget)).to.deep.equal(expected);
      expect(warnings.messages, 'removing an attribute is not a mistake').to.deep.equal([]);
    });
  }
});
