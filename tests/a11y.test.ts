import { expect, html } from '@open-wc/testing';
import { contrast, readablePairs } from './support/contrast.js';
import { renderWithoutShareSheet } from './support/navigator.js';
import { answerFor, part, parts, questions, shadow, visibleText } from './support/queries.js';
import { render } from './support/widget.js';

const style = (node: Element) => getComputedStyle(node);

describe('accessibility', () => {
  it('passes axe with every item collapsed', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe with every item expanded', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    el.expandAll();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe at heading level 1 with one item open', async () => {
    const el = await render(html`<mms-guidance heading-level="1" open-items="evidence"></mms-guidance>`);
    await expect(el).to.be.accessible();
  });

  it('names each answer region by its question', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    for (const button of questions(el)) {
      const label = shadow(el).getElementById(answerFor(button).getAttribute('aria-labelledby')!)!;
      expect(visibleText(label)).to.equal(visibleText(button));
      expect(visibleText(label)).to.not.equal('');
    }
  });

  it('names each question button by its visible text alone: the chevron is hidden from screen readers', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    for (const button of questions(el)) {
      expect(button.hasAttribute('aria-label')).to.equal(false);
      const icon = button.querySelector('[part="faq-icon"]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.textContent).to.equal('');
    }
  });

  it('names the card by its title and the FAQ section by its heading', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const card = part(el, 'card');
    const faq = part(el, 'faq');
    expect(card.localName).to.equal('article');
    expect(shadow(el).getElementById(card.getAttribute('aria-labelledby')!)?.getAttribute('part')).to.equal('title');
    expect(faq.localName).to.equal('section');
    expect(shadow(el).getElementById(faq.getAttribute('aria-labelledby')!)?.getAttribute('part')).to.equal('faq-title');
  });

  it('meets WCAG AA contrast in the default theme', async () => {
    const el = await render(html`<mms-guidance open-items="mms-tag"></mms-guidance>`);
    const surface = style(part(el, 'card')).backgroundColor;
    for (const [what, foreground, background, minimum] of readablePairs(el)) {
      expect(contrast(foreground, background), what).to.be.at.least(minimum);
    }
    // Non-text contrast (1.4.11): the focus ring against the surface.
    questions(el)[0]!.focus();
    expect(contrast(style(questions(el)[0]!).outlineColor, surface), 'focus ring').to.be.at.least(3);
  });

  it("gives every control a touch target at least 44px square, beyond WCAG 2.5.8's 24px (tests/phone.test.ts measures them on a phone)", async () => {
    const el = await render(html`<mms-guidance open-items="evidence"></mms-guidance>`);
    const controls = [
      ...questions(el),
      part(el, 'toggle-all'),
      part(el, 'guidance-link'),
      part(el, 'copy-item-link'),
      part(el, 'share-button'),
    ];
    for (const control of controls) {
      const { width, height } = control.getBoundingClientRect();
      expect(Math.min(width, height), control.getAttribute('part')!).to.be.at.least(44);
    }
  });

  it('passes axe with the share links showing, in a phone-sized column and a wide one', async () => {
    for (const width of [328, 768]) {
      const el = await renderWithoutShareSheet(
        html`<div style="width: ${width}px"><mms-guidance open-items="evidence"></mms-guidance></div>`,
      );
      expect(parts(el, 'share-link'), `${width}px`).to.have.length(5);
      await expect(el).to.be.accessible();
    }
  });

  it('passes axe on an unreviewed translation, both ways round', async () => {
    const el = await render(html`<mms-guidance lang="ur" open-items="evidence"></mms-guidance>`);
    await expect(el).to.be.accessible();
    (part(el, 'language-switch') as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const { sendKeys } = await import('@web/test-runner-commands');
    part(el, 'guidance-link').focus();
    await sendKeys({ press: 'Tab' });
    const focused = shadow(el).activeElement!;
    expect(focused.getAttribute('part')).to.equal('toggle-all');
    expect(style(focused).outlineStyle).to.equal('solid');
    expect(parseFloat(style(focused).outlineWidth)).to.be.at.least(2);
  });
});
