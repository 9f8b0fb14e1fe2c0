import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fr } from '../src/content/fr.js';
import type { ToggleDetail } from '../src/events.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { warningsDuringEachTest } from './support/console.js';
import { answerFor, isShown, part, question, questions } from './support/queries.js';
import { render } from './support/widget.js';

const openIds = (el: MmsGuidance) =>
  questions(el)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => button.id.replace(/^q-/, ''));

function recordEvents(el: MmsGuidance) {
  const toggles: ToggleDetail[] = [];
  const toggleAlls: { open: boolean }[] = [];
  el.addEventListener('mms-guidance-toggle', (event) => toggles.push(event.detail));
  el.addEventListener('mms-guidance-toggle-all', (event) => toggleAlls.push(event.detail));
  return { toggles, toggleAlls };
}

const warnings = warningsDuringEachTest();

describe('methods', () => {
  it('expand(), collapse() and toggle() open and close one item', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    el.expand('evidence');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['evidence']);
    expect(isShown(answerFor(question(el, 'evidence')))).to.equal(true);
    el.toggle('unicef');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['evidence', 'unicef']);
    el.toggle('evidence');
    el.collapse('unicef');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
  });

  it('expandAll() and collapseAll() open and close every item', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    el.expandAll();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(el.itemIds);
    el.collapseAll();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
  });

  it('expand() of an open item and collapse() of a closed one change nothing', async () => {
    const el = await render(html`<mms-guidance open-items="mms-tag"></mms-guidance>`);
    el.expand('mms-tag');
    el.collapse('evidence');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['mms-tag']);
  });

  it("fire no events: only the reader's actions do", async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const { toggles, toggleAlls } = recordEvents(el);
    el.expand('evidence');
    el.toggle('unicef');
    el.collapse('evidence');
    el.expandAll();
    el.collapseAll();
    el.openItems = ['mms-tag'];
    await el.updateComplete;
    expect(toggles).to.deep.equal([]);
    expect(toggleAlls).to.deep.equal([]);
  });

  it('warn about an unknown id, naming it, and change nothing', async () => {
    const el = await render(html`<mms-guidance open-items="mms-tag"></mms-guidance>`);
    for (const method of ['expand', 'collapse', 'toggle'] as const) el[method]('no-such-item');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['mms-tag']);
    expect(warnings.messages).to.have.length(3);
    expect(warnings.messages[0])
      .to.contain('expand("no-such-item")')
      .and.contain('no FAQ item has the id "no-such-item". Known ids: ')
      .and.contain('mms-tag');
    expect(warnings.messages[2]).to.contain('toggle("no-such-item"): no FAQ item has the id "no-such-item".');
    expect(part(el, 'title').textContent).to.not.equal('');
  });

  it('name only the id they were given: an unknown id set through openItems is blamed on open-items', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    el.openItems = ['bogus'];
    el.expand('evidence');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['evidence']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('open-items').and.contain('no FAQ item has the id "bogus".');
    expect(warnings.messages[0]).to.not.contain('expand(');
  });
});

describe('events', () => {
  it('mms-guidance-toggle fires on click with { id, open }, bubbling and composed', async () => {
    const el = await render(html`<div><mms-guidance></mms-guidance></div>`);
    const seen: Event[] = [];
    document.addEventListener('mms-guidance-toggle', (event) => seen.push(event), { once: true });
    const { toggles } = recordEvents(el);
    question(el, 'mms-tag').click();
    question(el, 'mms-tag').click();
    expect(toggles).to.deep.equal([
      { id: 'mms-tag', open: true },
      { id: 'mms-tag', open: false },
    ]);
    expect(seen).to.have.length(1);
    expect(seen[0]!.bubbles).to.equal(true);
    expect(seen[0]!.composed).to.equal(true);
    expect(seen[0]!.target === el, 'the event comes from the widget').to.equal(true);
  });

  it('mms-guidance-toggle fires for keyboard toggles too', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const { toggles } = recordEvents(el);
    question(el, 'audience').focus();
    await sendKeys({ press: 'Enter' });
    expect(toggles).to.deep.equal([{ id: 'audience', open: true }]);
  });

  it('mms-guidance-toggle-all fires from the Expand all / Collapse all button', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const { toggles, toggleAlls } = recordEvents(el);
    part(el, 'toggle-all').click();
    await el.updateComplete;
    part(el, 'toggle-all').click();
    expect(toggleAlls).to.deep.equal([{ open: true }, { open: false }]);
    expect(toggles, 'no per-item events for the all button').to.deep.equal([]);
  });
});

describe('attributes', () => {
  it('open-items opens those items from markup', async () => {
    const el = await render(html`<mms-guidance open-items="evidence  mms-tag"></mms-guidance>`);
    expect(openIds(el)).to.deep.equal(['mms-tag', 'evidence']);
    expect(isShown(answerFor(question(el, 'evidence')))).to.equal(true);
  });

  // Issue 30: of the pair, the docs say the property follows the reader and the attribute does not.
  it('open-items keeps what the page wrote while the reader toggles, and a later change of it still applies', async () => {
    const el = await render(html`<mms-guidance open-items="mms-tag"></mms-guidance>`);
    question(el, 'evidence').click();
    await el.updateComplete;
    question(el, 'mms-tag').click();
    await el.updateComplete;
    expect(el.openItems).to.deep.equal(['evidence']);
    expect(el.getAttribute('open-items')).to.equal('mms-tag');
    part(el, 'toggle-all').click();
    await el.updateComplete;
    expect(el.getAttribute('open-items'), 'after Expand all').to.equal('mms-tag');
    el.setAttribute('open-items', 'unicef');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['unicef']);
    el.removeAttribute('open-items');
    await el.updateComplete;
    expect(openIds(el), 'removed: every item closed').to.deep.equal([]);
  });

  it('openItems follows the reader as items open and close', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    question(el, 'unicef').click();
    question(el, 'audience').click();
    expect(el.openItems).to.have.members(['unicef', 'audience']);
  });

  it('open-items with unknown ids warns, naming them, and opens the known ones', async () => {
    const el = await render(html`<mms-guidance open-items="mms-tag bogus other"></mms-guidance>`);
    expect(openIds(el)).to.deep.equal(['mms-tag']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('open-items').and.contain('no FAQ item has the id "bogus", "other".');
  });

  for (const level of [1, 3, 5]) {
    it(`heading-level="${level}" puts the title at h${level} and the questions at h${level + 1}`, async () => {
      const el = await render(html`<mms-guidance heading-level=${level}></mms-guidance>`);
      expect(part(el, 'title').localName).to.equal(`h${level}`);
      expect(part(el, 'faq-title').localName).to.equal(`h${level + 1}`);
      expect(questions(el)[0]!.parentElement!.localName).to.equal(`h${level + 1}`);
    });
  }

  for (const bad of ['9', 'abc', '0', '2.5', '6', '', '3.0', '03']) {
    it(`heading-level="${bad}" warns, naming it, and falls back to 2`, async () => {
      const el = await render(html`<mms-guidance heading-level=${bad}></mms-guidance>`);
      expect(part(el, 'title').localName).to.equal('h2');
      expect(questions(el)[0]!.parentElement!.localName).to.equal('h3');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`heading-level="${bad}" is not one of 1, 2, 3, 4, 5; using 2.`);
      expect(el.headingLevel, 'the property reads the level used').to.equal(2);
    });
  }

  it('lang="" on the element leaves the language to its ancestor: <div lang="fr"> gives French', async () => {
    const el = await render(html`<div lang="fr"><mms-guidance lang=""></mms-guidance></div>`);
    expect(part(el, 'card').lang).to.equal('fr');
    expect(part(el, 'title').textContent!.trim()).to.equal(fr.card.title);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('heading-level follows later changes', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(part(el, 'title').localName).to.equal('h4');
  });

  it('guidance-href points "Read the guidance" at the partner\'s copy', async () => {
    const el = await render(html`<mms-guidance guidance-href="https://example.org/mms-guidance.pdf"></mms-guidance>`);
    expect((part(el, 'guidance-link') as HTMLAnchorElement).href).to.equal('https://example.org/mms-guidance.pdf');
  });

  it('guidance-href may be relative to the page', async () => {
    const el = await render(html`<mms-guidance guidance-href="/docs/guidance.pdf"></mms-guidance>`);
    expect((part(el, 'guidance-link') as HTMLAnchorElement).href).to.equal(
      new URL('/docs/guidance.pdf', document.baseURI).href,
    );
    expect(warnings.messages).to.deep.equal([]);
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://[::1', 'ftp://example.org/x']) {
    it(`guidance-href="${bad}" warns and keeps the default link`, async () => {
      const el = await render(html`<mms-guidance guidance-href=${bad}></mms-guidance>`);
      expect((part(el, 'guidance-link') as HTMLAnchorElement).href).to.equal(
        'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/',
      );
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.contain('guidance-href')
        .and.contain('is not an http(s) URL; linking to the guidance page instead.');
    });
  }
});
