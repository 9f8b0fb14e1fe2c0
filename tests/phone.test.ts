// The widget as a reader on a 360px Android phone sees it: a page with 16px
// margins leaves it a 328px column. Measured with getBoundingClientRect.
import { expect, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { fr } from '../src/content/fr.js';
import { ur } from '../src/content/ur.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { renderWithoutShareSheet, stubNavigator } from './support/navigator.js';
import { part, parts, questions, shadow, visibleText } from './support/queries.js';
import { render, settled } from './support/widget.js';

const phoneColumn = 360 - 2 * 16;
const box = (node: Element) => node.getBoundingClientRect();
const style = (node: Element) => getComputedStyle(node);

/** Every control a finger must hit: buttons, and links that are not inside running text. */
const targets = (el: MmsGuidance) =>
  [...shadow(el).querySelectorAll<HTMLElement>('button, a')].filter((node) => !node.closest('p'));

const shareTargets = (el: MmsGuidance) => [part(el, 'share-button'), ...parts(el, 'share-link')];

/** What a target is called in a failure message: its part and accessible text. */
const named = (node: HTMLElement) => `${node.getAttribute('part')} "${visibleText(node)}"`;

const onPhone = (lang: string, attributes = html``) =>
  renderWithoutShareSheet(
    html`<div style="width: ${phoneColumn}px">
      <mms-guidance lang=${lang} ${attributes}></mms-guidance>
    </div>`,
  );

describe('on a 360px phone', () => {
  for (const [lang, content] of [
    ['en', en],
    ['fr', fr],
    ['ur', ur],
  ] as const) {
    describe(`in ${content.name}`, () => {
      it('the share bar is one row of six targets under its label, each named by its text', async () => {
        const el = await onPhone(lang);
        const row = shareTargets(el);
        expect(row.map(visibleText)).to.deep.equal([
          content.ui.copyLink,
          'WhatsApp',
          content.ui.email,
          'X',
          'Facebook',
          'LinkedIn',
        ]);
        const tops = row.map((target) => Math.round(box(target).top));
        expect(new Set(tops).size, `tops ${tops.join(', ')}`).to.equal(1);
        expect(box(part(el, 'share').querySelector('.share-label')!).bottom).to.be.at.most(tops[0]!);
        for (const target of row) {
          // The name is there for screen readers, clipped from sight; the icon is decoration.
          expect(box(target.querySelector('.share-name')!).width, named(target)).to.be.at.most(1);
          expect(target.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        }
      });

      it('every button and share link measures at least 44 × 44 px, with every answer open', async () => {
        const el = await onPhone(lang, html``);
        el.expandAll();
        await el.updateComplete;
        const all = targets(el);
        // 10 questions, "Expand all", "Read the guidance", 10 question links, 6 share targets, and the language switch.
        expect(all.length).to.be.at.least(28);
        for (const target of all) {
          const { width, height } = box(target);
          expect(width, named(target)).to.be.at.least(44);
          expect(height, named(target)).to.be.at.least(44);
        }
      });
    });
  }

  it('with a share sheet, the one Share button also measures at least 44 × 44 px', async () => {
    const restore = stubNavigator('share', async () => {});
    try {
      const el = await render(html`<div style="width: ${phoneColumn}px"><mms-guidance></mms-guidance></div>`);
      const { width, height } = box(part(el, 'share-button'));
      expect(width).to.be.at.least(44);
      expect(height).to.be.at.least(44);
    } finally {
      restore();
    }
  });

  for (const fontSize of [16, 18]) {
    it(`gives the key message a line box at least 300px wide (text at ${fontSize}px)`, async () => {
      const el = await renderWithoutShareSheet(
        html`<div style="width: ${phoneColumn}px; font-size: ${fontSize}px"><mms-guidance></mms-guidance></div>`,
      );
      expect(box(part(el, 'key-message-text')).width).to.be.at.least(300);
      const card = style(part(el, 'card'));
      expect(
        [card.borderLeftWidth, card.paddingLeft, card.paddingRight],
        'no card border or side padding',
      ).to.deep.equal(['0px', '0px', '0px']);
    });
  }

  it('keeps the card, with its border, padding and named share targets, in a wider column', async () => {
    const el = await renderWithoutShareSheet(html`<div style="width: 768px"><mms-guidance></mms-guidance></div>`);
    const card = style(part(el, 'card'));
    expect(card.borderLeftStyle).to.equal('solid');
    expect(card.paddingLeft).to.equal('20px');
    for (const target of shareTargets(el))
      expect(box(target.querySelector('.share-name')!).width, named(target)).to.be.above(1);
    const tops = shareTargets(el).map((target) => Math.round(box(target).top));
    expect(new Set(tops).size, 'one row with names').to.equal(1);
  });
});

describe('one edge, one style', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`questions start on the title's and divider's edge (${dir})`, async () => {
      const el = await render(html`<div style="width: 600px"><mms-guidance dir=${dir}></mms-guidance></div>`);
      const edge = (node: Element) => (dir === 'ltr' ? box(node).left : box(node).right);
      const title = edge(part(el, 'title'));
      expect(edge(part(el, 'faq-item'))).to.be.closeTo(title, 0.5);
      for (const question of questions(el))
        expect(edge(question.querySelector('span')!), question.id).to.be.closeTo(title, 0.5);
    });
  }

  it('"Read the guidance" is a filled button, its text not underlined', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const link = style(part(el, 'guidance-link'));
    expect(link.backgroundColor).to.equal('rgb(0, 90, 156)');
    expect(link.textDecorationLine).to.equal('none');
  });

  it('links and buttons in the share bar and FAQ share one outlined style', async () => {
    const el = await renderWithoutShareSheet(html`<mms-guidance></mms-guidance>`);
    const looks = [...shareTargets(el), part(el, 'toggle-all')].map((node) => {
      const { borderTopStyle, borderTopColor, color, textDecorationLine, backgroundColor } = style(node);
      return [borderTopStyle, borderTopColor, color, textDecorationLine, backgroundColor].join(' ');
    });
    expect(new Set(looks).size, looks.join(' | ')).to.equal(1);
  });

  it("the link to a question is quiet: no box, muted, at the answer's end (both directions)", async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await render(
        html`<div style="width: 600px"><mms-guidance dir=${dir} open-items="evidence"></mms-guidance></div>`,
      );
      const control = part(el, 'copy-item-link');
      expect(style(control).borderTopStyle).to.equal('none');
      expect(style(control).color).to.equal(style(part(el, 'meta')).color);
      const answer = box(shadow(el).querySelector('#a-evidence .faq-answer-body')!);
      const end = dir === 'ltr' ? [box(control).right, answer.right] : [box(control).left, answer.left];
      expect(end[0], dir).to.be.closeTo(end[1]!, 0.5);
      // Find-in-page cannot open a closed answer by matching it: closed answers leave it out.
      expect(shadow(el).querySelector('#a-unicef')!.textContent).to.not.contain(en.ui.copyItemLink);
    }
  });

  it('the unreviewed-translation notice is information: no dashed box, a solid rule at its start', async () => {
    const el = await render(html`<mms-guidance lang="fr"></mms-guidance>`);
    const notice = style(part(el, 'language-notice'));
    expect(notice.borderTopStyle).to.equal('none');
    expect(notice.borderLeftStyle).to.equal('solid');
    (part(el, 'language-switch') as HTMLButtonElement).click();
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
