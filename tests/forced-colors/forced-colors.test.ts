// Runs in a Firefox started with Windows-high-contrast-like forced colours
// (browser.display.document_color_use = 2), the one mode Firefox can be put in here.
import { expect, fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { MmsGuidance } from '../../src/mms-guidance.js';
import { part, parts, questions } from '../support/queries.js';

describe('forced colours (Firefox)', () => {
  it('is really in forced-colors mode', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('keeps borders, chevrons and focus visible, and matches the baseline', async () => {
    const frame = await fixture<HTMLElement>(
      html`<div style="width: 560px; padding: 8px; font: 16px/1.5 'DejaVu Sans', sans-serif">
        <mms-guidance open-items="mms-tag"></mms-guidance>
      </div>`,
    );
    const el = frame.querySelector('mms-guidance') as MmsGuidance;
    await el.updateComplete;
    const style = (name: string) => getComputedStyle(part(el, name));
    expect(style('guidance-link').borderTopStyle).to.equal('solid');
    expect(style('card').borderTopStyle).to.equal('solid');
    expect(style('faq-icon').borderRightStyle).to.equal('solid');
    expect(style('faq-icon').borderRightColor).to.equal(getComputedStyle(questions(el)[0]!).color);
    // The share icons are stroked in the text colour, so forced colours repaint them with their control.
    for (const target of [part(el, 'share-button'), ...parts(el, 'share-link')]) {
      expect(getComputedStyle(target.querySelector('svg')!).stroke, target.getAttribute('part')!).to.equal(
        getComputedStyle(target).color,
      );
      expect(getComputedStyle(target).borderTopStyle).to.equal('solid');
    }
    await visualDiff(frame, 'forced-colors');
    questions(el)[0]!.focus();
    expect(getComputedStyle(questions(el)[0]!).outlineStyle).to.not.equal('none');
  });
});
