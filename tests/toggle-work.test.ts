import { expect, html } from '@open-wc/testing';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { en } from '../src/content/en.js';
import { stubNavigator } from './support/navigator.js';
import { part, question, shadow, visibleText } from './support/queries.js';
import { render, settled } from './support/widget.js';

/**
 * Opening an item must cost the same with 10 questions as with 200: it renders
 * that item again, and nothing else of the card (issue 29). Timings do not
 * belong in tests on a shared machine; which parts render again is exact.
 */

/** The element's render helpers, reached past TypeScript's `private` to count their calls. */
interface Renderers {
  renderCard(): unknown;
  renderProvenance(): unknown;
  renderItem(id: string, ...rest: unknown[]): unknown;
  sharing: { renderBar(...args: unknown[]): unknown };
}

/** From now on, records each part of this widget that renders again: the returned list fills as they do. */
function watchRenders(el: MmsGuidance): string[] {
  const renders: string[] = [];
  const inner = el as unknown as Renderers;
  const renderCard = inner.renderCard.bind(el);
  const renderProvenance = inner.renderProvenance.bind(el);
  const renderItem = inner.renderItem.bind(el);
  const renderBar = inner.sharing.renderBar.bind(inner.sharing);
  inner.renderCard = () => (renders.push('card'), renderCard());
  inner.renderProvenance = () => (renders.push('provenance'), renderProvenance());
  inner.renderItem = (id, ...rest) => (renders.push(`item ${id}`), renderItem(id, ...rest));
  inner.sharing.renderBar = (...args) => (renders.push('share bar'), renderBar(...args));
  return renders;
}

describe('a toggle renders only the item it opens or closes', () => {
  it('a click on a question renders that item again, not the card, the share bar, the provenance or other items', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const renders = watchRenders(el);
    question(el, 'mms-tag').click();
    await el.updateComplete;
    expect(renders).to.deep.equal(['item mms-tag']);
    question(el, 'mms-tag').click();
    await el.updateComplete;
    expect(renders).to.deep.equal(['item mms-tag', 'item mms-tag']);
  });

  it('expand(), collapse() and the open-items attribute render only the items they change', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const renders = watchRenders(el);
    el.expand('why-needed');
    await el.updateComplete;
    el.setAttribute('open-items', 'why-needed leftover-tablets');
    await el.updateComplete;
    el.collapse('why-needed');
    await el.updateComplete;
    expect(renders).to.deep.equal(['item why-needed', 'item leftover-tablets', 'item why-needed']);
  });

  it('a copied question link renders the open item again with its status, and not the card', async () => {
    const restore = stubNavigator('clipboard', { writeText: async () => {} });
    try {
      const el = await render(html`<mms-guidance open-items="mms-tag"></mms-guidance>`);
      const renders = watchRenders(el);
      part(el, 'copy-item-link').click();
      await settled(el);
      expect(renders.includes('card'), 'the card rendered again').to.equal(false);
      expect(renders.filter((name) => name.startsWith('item '))).to.deep.equal(['item mms-tag']);
      expect(visibleText(shadow(el).querySelector<HTMLElement>('#a-mms-tag [role="status"]')!)).to.equal(en.ui.copied);
    } finally {
      restore();
    }
  });

  it('a change of language still renders every part again, in the new language', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const renders = watchRenders(el);
    el.lang = 'fr';
    await settled(el);
    expect(renders.filter((name) => !name.startsWith('item '))).to.deep.equal(['card', 'share bar', 'provenance']);
    expect(renders.filter((name) => name.startsWith('item ')).length).to.equal(el.itemIds.length);
    expect(visibleText(part(el, 'faq-title'))).to.equal('Questions fréquentes');
  });
});
