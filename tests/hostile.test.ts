import { expect, fixture, html } from '@open-wc/testing';
import { part, questions, visibleText } from './support/queries.js';
import { render } from './support/widget.js';

/** Stylesheets of the kind partners' pages really carry: resets, hacks and !important on common tags. */
const hostileSheets = {
  'a global all: unset': '* { all: unset; }',
  'hidden buttons': 'button { display: none !important; }',
  'html { font-size: 62.5% }': 'html { font-size: 62.5%; } body { font-size: 1.6rem; }',
  '!important on common tags':
    'p, a, h1, h2, h3, h4, div, span, section, article, button, dl, dt, dd { color: red !important; background: yellow !important; margin: 3em !important; padding: 0 !important; font-size: 40px !important; line-height: 0.5 !important; border: 5px dotted red !important; }',
  'inherited text styles on body':
    'body { text-transform: uppercase; letter-spacing: 4px; word-spacing: 10px; text-indent: 3em; font-style: italic; white-space: nowrap; text-shadow: 2px 2px red; }',
};

function withSheet(css: string): () => void {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  return () => sheet.remove();
}

describe('hostile host pages', () => {
  let baseline: { padding: string; title: string; question: string; questionHeights: number[] };

  before(async () => {
    const el = await render(
      html`<main style="display: block !important; width: 600px !important; font-size: 16px !important">
        <mms-guidance></mms-guidance>
      </main>`,
    );
    baseline = {
      padding: getComputedStyle(part(el, 'card')).paddingLeft,
      title: getComputedStyle(part(el, 'title')).fontSize,
      question: getComputedStyle(questions(el)[0]!).color,
      questionHeights: questions(el).map((button) => button.getBoundingClientRect().height),
    };
  });

  for (const [name, css] of Object.entries(hostileSheets)) {
    it(`keeps the widget whole under ${name}`, async () => {
      const remove = withSheet(css);
      try {
        const el = await render(
          html`<main style="display: block !important; width: 600px !important; font-size: 16px !important">
            <mms-guidance></mms-guidance>
          </main>`,
        );
        const card = part(el, 'card');
        expect(card.getBoundingClientRect().height, 'the card is laid out').to.be.above(300);
        expect(getComputedStyle(card).paddingLeft).to.equal(baseline.padding);
        expect(getComputedStyle(part(el, 'title')).fontSize).to.equal(baseline.title);
        const buttons = questions(el);
        expect(buttons.length).to.be.within(8, 12);
        for (const button of buttons)
          expect(getComputedStyle(button).display, 'questions stay visible').to.not.equal('none');
        expect(buttons.map((button) => button.getBoundingClientRect().height)).to.deep.equal(baseline.questionHeights);
        expect(getComputedStyle(buttons[0]!).color).to.equal(baseline.question);
        const text = getComputedStyle(part(el, 'context'));
        expect([
          text.textTransform,
          text.letterSpacing,
          text.fontStyle,
          text.textIndent,
          text.whiteSpace,
        ]).to.deep.equal(['none', 'normal', 'normal', '0px', 'normal']);
        expect(visibleText(part(el, 'key-message-text'))).to.match(/^While pregnant women/);
        buttons[0]!.click();
        await el.updateComplete;
        expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('true');
        await expect(el).to.be.accessible();
      } finally {
        remove();
      }
    });
  }

  it('leaks no style into the page around it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <p id="before">Page text</p>
        <button id="page-button">Page button</button>
      </div>`,
    );
    const snapshot = () =>
      ['#before', '#page-button'].map((selector) => {
        const style = getComputedStyle(page.querySelector(selector)!);
        return [style.color, style.font, style.margin, style.padding, style.background, style.display].join('|');
      });
    const before = snapshot();
    const sheetsBefore = document.querySelectorAll('style, link[rel="stylesheet"]').length;
    page.append(document.createElement('mms-guidance'));
    await (page.querySelector('mms-guidance') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(snapshot()).to.deep.equal(before);
    expect(
      document.querySelectorAll('style, link[rel="stylesheet"]').length,
      'no stylesheet added to the page',
    ).to.equal(sheetsBefore);
    expect(document.adoptedStyleSheets.length, 'no stylesheet adopted by the document').to.equal(0);
  });
});
