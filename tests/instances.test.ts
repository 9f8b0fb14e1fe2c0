import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { answerFor, questions } from './support/queries.js';

describe('fifty widgets on one page', () => {
  let widgets: MmsGuidance[];
  const page = document.createElement('div');

  // One page for the whole suite (fixture() would remove it after the first test).
  before(async () => {
    page.innerHTML = '<mms-guidance></mms-guidance>'.repeat(50);
    document.body.append(page);
    widgets = [...page.querySelectorAll('mms-guidance')];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  });
  after(() => page.remove());

  it('renders all fifty', () => {
    expect(widgets).to.have.length(50);
    for (const widget of widgets) expect(questions(widget).length).to.be.within(8, 12);
  });

  it('keeps every ARIA reference inside its own widget, with unique ids there', () => {
    for (const widget of widgets) {
      const ids = [...widget.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size, 'ids unique within the widget').to.equal(ids.length);
      for (const button of questions(widget)) {
        const panel = answerFor(button);
        expect(panel.getRootNode() === widget.shadowRoot, 'the panel is in the same shadow root').to.equal(true);
        expect(widget.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)?.id).to.equal(button.id);
      }
      // The page's document sees none of them: no clash with the page's own ids.
      expect(Boolean(document.getElementById(questions(widget)[0]!.id)), 'an id the page sees').to.equal(false);
    }
  });

  it('keeps state independent: opening in one opens nothing in another', async () => {
    questions(widgets[7]!)[2]!.click();
    widgets[31]!.expandAll();
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    widgets.forEach((widget, index) => {
      const expected = index === 7 ? 1 : index === 31 ? widget.itemIds.length : 0;
      expect(widget.openItems, `widget ${index}`).to.have.length(expected);
    });
  });

  it('fires each event from the widget the reader used', async () => {
    const targets: EventTarget[] = [];
    document.addEventListener('mms-guidance-toggle', (event) => targets.push(event.target!));
    questions(widgets[12]!)[0]!.click();
    questions(widgets[40]!)[0]!.click();
    expect(targets.map((target) => widgets.indexOf(target as MmsGuidance))).to.deep.equal([12, 40]);
  });
});
