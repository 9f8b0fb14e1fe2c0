import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { answerFor, answerText, isShown, part, question, questions, shadow, visibleText } from './support/queries.js';
import { render } from './support/widget.js';

const supportsUntilFound = 'onbeforematch' in document.body;
/** What has focus in the widget, by id (or part, for controls without one): strings fail fast and read clearly. */
const focused = (el: MmsGuidance) => {
  const node = shadow(el).activeElement;
  return node ? node.id || node.getAttribute('part') : null;
};
const expanded = (el: MmsGuidance) =>
  questions(el)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => button.id);

describe('accordion: ARIA wiring', () => {
  it('makes each question a native button inside a heading one level below the title', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    for (const button of questions(el)) {
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.parentElement!.localName).to.equal('h3');
    }
  });

  it('wires each question to its answer with aria-controls, and the answer back by aria-labelledby', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const ids = new Set<string>();
    for (const button of questions(el)) {
      const panel = answerFor(button);
      expect(panel, `panel for ${button.id}`).to.exist;
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      ids.add(button.id).add(panel.id);
    }
    expect(ids.size).to.equal(questions(el).length * 2);
  });

  it('starts with every answer collapsed and hidden', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    for (const button of questions(el)) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(answerFor(button))).to.equal(false);
    }
  });

  it('hides collapsed answers with hidden="until-found" where the browser supports it', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const panel = answerFor(questions(el)[0]!);
    expect(panel.getAttribute('hidden')).to.equal(supportsUntilFound ? 'until-found' : '');
  });

  it('opens an answer on click and says so through aria-expanded', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const button = question(el, 'mms-tag');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(answerFor(button))).to.equal(true);
    expect(answerText(answerFor(button))).to.contain('interdisciplinary group of experts');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(answerFor(button))).to.equal(false);
  });

  it('lets several answers be open at once', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    question(el, 'mms-tag').click();
    question(el, 'evidence').click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['q-mms-tag', 'q-evidence']);
  });

  it('opens the item when the browser fires beforematch to reveal a hidden answer', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const events: unknown[] = [];
    el.addEventListener('mms-guidance-toggle', (event) => events.push(event.detail));
    // What the browser does when find-in-page lands inside a hidden="until-found" panel (the event bubbles).
    const panel = answerFor(question(el, 'unicef'));
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    panel.removeAttribute('hidden');
    await el.updateComplete;
    expect(question(el, 'unicef').getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(panel)).to.equal(true);
    expect(events).to.deep.equal([{ id: 'unicef', open: true }]);
  });

  it('keeps aria-expanded true to what is shown after a real window.find()', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    // Firefox reveals the match through hidden="until-found"; other engines leave it hidden.
    (window as Window & { find?: (text: string) => boolean }).find?.('interdisciplinary group');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    const button = question(el, 'mms-tag');
    expect(button.getAttribute('aria-expanded') === 'true').to.equal(isShown(answerFor(button)));
  });
});

describe('accordion: keyboard', () => {
  it('toggles with Enter and with Space', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const button = question(el, 'audience');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('moves focus with Down and Up, wrapping at the ends', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const buttons = questions(el);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[1]!.id);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(buttons[buttons.length - 1]!.id);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[0]!.id);
  });

  it('jumps to the first and last question with Home and End', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const buttons = questions(el);
    buttons[3]!.focus();
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons[buttons.length - 1]!.id);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(buttons[0]!.id);
  });

  it('leaves arrow keys alone outside the questions, so the page still scrolls', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const toggleAll = part(el, 'toggle-all');
    toggleAll.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('toggle-all');
  });

  /** Each keydown's key and whether its default was prevented, seen by the page after the widget's handler ran. */
  async function defaultsPrevented(keys: string[]): Promise<string[]> {
    const seen: string[] = [];
    const record = (event: KeyboardEvent) => seen.push(`${event.key} ${event.defaultPrevented}`);
    addEventListener('keydown', record);
    try {
      for (const press of keys) await sendKeys({ press });
    } finally {
      removeEventListener('keydown', record);
    }
    return seen;
  }

  // Issue 30: a page that scrolled on End while focus jumped would pass the focus tests above.
  it('prevents the default of the keys it moves focus with, so the page does not scroll as well', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    questions(el)[0]!.focus();
    const seen = await defaultsPrevented(['ArrowDown', 'ArrowUp', 'End', 'Home']);
    expect(seen).to.deep.equal(['ArrowDown true', 'ArrowUp true', 'End true', 'Home true']);
    expect(focused(el)).to.equal(questions(el)[0]!.id);
  });

  it("leaves every other key's default to the browser: Enter and Space still open, Tab still moves on", async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    questions(el)[0]!.focus();
    const seen = await defaultsPrevented(['a', 'Enter', ' ', 'Enter', 'Tab']);
    expect(seen).to.deep.equal(['a false', 'Enter false', '  false', 'Enter false', 'Tab false']);
    expect(expanded(el), 'Enter, Space, Enter: open, closed, open').to.deep.equal([questions(el)[0]!.id]);
    expect(focused(el), 'Tab moved focus on').to.not.equal(questions(el)[0]!.id);
  });

  it('reaches every question with Tab, in order', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const buttons = questions(el);
    part(el, 'toggle-all').focus();
    for (const button of buttons) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(button.id);
    }
  });
});

describe('accordion: expand all / collapse all', () => {
  it('opens every item, then closes every item, and its label says what it will do', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const toggleAll = part(el, 'toggle-all') as HTMLButtonElement;
    expect(toggleAll.type).to.equal('button');
    expect(visibleText(toggleAll)).to.equal('Expand all');
    toggleAll.click();
    await el.updateComplete;
    expect(expanded(el)).to.have.length(questions(el).length);
    expect(questions(el).every((button) => isShown(answerFor(button)))).to.equal(true);
    expect(visibleText(toggleAll)).to.equal('Collapse all');
    toggleAll.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([]);
    expect(visibleText(toggleAll)).to.equal('Expand all');
  });

  it('offers "Collapse all" once the reader has opened every item one by one', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    for (const button of questions(el)) button.click();
    await el.updateComplete;
    expect(visibleText(part(el, 'toggle-all'))).to.equal('Collapse all');
  });

  it('works from the keyboard', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    part(el, 'toggle-all').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(expanded(el)).to.have.length(questions(el).length);
  });
});
