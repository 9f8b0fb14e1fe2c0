import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import type { ShareDetail } from '../src/events.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { warningsDuringEachTest } from './support/console.js';
import { stubNavigator } from './support/navigator.js';
import { question, shadow, visibleText } from './support/queries.js';
import { render, settled } from './support/widget.js';

const page = () => location.href.replace(/#.*/, '');
const isOpen = (el: MmsGuidance, id: string) => question(el, id).getAttribute('aria-expanded') === 'true';

/** Sets the location hash as a link would, and waits for the widget to follow it. */
async function goTo(hash: string, el: MmsGuidance): Promise<void> {
  const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
  await settled(el);
}

/** A page long enough that the widget's lower questions start out of view. */
const tallPage = (widget: ReturnType<typeof html>) =>
  html`<div>
    <div style="height: 150vh">Partner content above</div>
    ${widget}
    <div style="height: 150vh"></div>
  </div>`;

describe('deep links', () => {
  const warnings = warningsDuringEachTest();
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.error));
  beforeEach(() => {
    uncaught.length = 0;
    addEventListener('error', onError);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    history.replaceState(null, '', page());
    scrollTo(0, 0);
    expect(uncaught).to.deep.equal([]);
  });

  it('a page opened at #mms-<id> opens that item, scrolls to it and moves focus to it', async () => {
    history.replaceState(null, '', `${page()}#mms-tablet-contents`);
    const root = await fixture<HTMLElement>(tallPage(html`<mms-guidance></mms-guidance>`));
    const el = root.querySelector('mms-guidance')!;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.openItems).to.deep.equal(['tablet-contents']);
    const top = question(el, 'tablet-contents').getBoundingClientRect().top;
    expect(top, 'scrolled into view').to.be.within(-1, innerHeight - 20);
    expect(shadow(el).activeElement?.id, 'focus on the question').to.equal('q-tablet-contents');
  });

  it('follows hash changes after load', async () => {
    const el = await render(tallPage(html`<mms-guidance></mms-guidance>`));
    await goTo('#mms-unicef', el);
    expect(isOpen(el, 'unicef')).to.equal(true);
    await goTo('#mms-evidence', el);
    expect(el.openItems, 'both open, in display order').to.deep.equal(['evidence', 'unicef']);
    expect(question(el, 'evidence').getBoundingClientRect().top).to.be.within(-1, innerHeight - 20);
  });

  it('every item can be linked to: each id opens its own item', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    for (const id of Object.keys(en.faq)) {
      await goTo(`#mms-${id}`, el);
      expect(isOpen(el, id), id).to.equal(true);
    }
  });

  it('link-prefix keeps two widgets on one page apart', async () => {
    const root = await fixture<HTMLElement>(
      html`<div><mms-guidance link-prefix="who-"></mms-guidance><mms-guidance link-prefix="moh-"></mms-guidance></div>`,
    );
    const [first, second] = [...root.querySelectorAll('mms-guidance')];
    await second!.updateComplete;
    await goTo('#moh-evidence', second!);
    expect(isOpen(second!, 'evidence')).to.equal(true);
    expect(first!.openItems).to.deep.equal([]);
  });

  for (const [what, hash] of [
    ['a malformed hash', '#mms-%E0%A4%A'],
    ['an unknown id', '#mms-side-effects'],
    ["another widget's prefix", '#other-evidence'],
    ["a hash of the page's own", '#main-content'],
  ]) {
    it(`ignores ${what} quietly: nothing opens, nothing is logged, nothing throws`, async () => {
      const el = await render(html`<mms-guidance></mms-guidance>`);
      await goTo(hash!, el);
      expect(el.openItems).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('a widget taken off the page stops following the hash: nothing changes, nothing throws', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    el.remove();
    await goTo('#mms-evidence', el);
    expect(el.openItems, 'the removed widget opened an item').to.deep.equal([]);
    expect(Boolean(shadow(el).querySelector('[aria-expanded="true"]')), 'an open question').to.equal(false);
  });

  it('warns about a link-prefix that cannot be part of a link, and uses mms-', async () => {
    const el = await render(html`<mms-guidance link-prefix="a b#"></mms-guidance>`);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('link-prefix="a b#" must be 1 to 32 letters, digits, - and _; using mms-.');
    await goTo('#mms-evidence', el);
    expect(isOpen(el, 'evidence')).to.equal(true);
  });

  it("refuses an empty link-prefix, which would claim the page's own fragments, and uses mms-", async () => {
    const el = await render(html`<mms-guidance link-prefix=""></mms-guidance>`);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('link-prefix="" must be 1 to 32 letters');
    await goTo('#mms-evidence', el);
    expect(isOpen(el, 'evidence')).to.equal(true);
  });

  // Issue 30: the limit at its edge.
  it('takes a link-prefix of exactly 32 characters with no warning, and follows links with it', async () => {
    const prefix = `${'p'.repeat(31)}-`;
    const el = await render(html`<mms-guidance link-prefix=${prefix}></mms-guidance>`);
    expect(warnings.messages).to.deep.equal([]);
    expect(el.linkPrefix).to.equal(prefix);
    await goTo(`#${prefix}evidence`, el);
    expect(isOpen(el, 'evidence')).to.equal(true);
  });

  it('refuses a link-prefix of 33 characters, saying why, and uses mms-', async () => {
    const prefix = `${'p'.repeat(32)}-`;
    const el = await render(html`<mms-guidance link-prefix=${prefix}></mms-guidance>`);
    expect(warnings.messages).to.deep.equal([
      `<mms-guidance>: link-prefix="${prefix}" must be 1 to 32 letters, digits, - and _; using mms-.`,
    ]);
    await settled(el);
    expect(el.linkPrefix).to.equal('mms-');
    await goTo('#mms-unicef', el);
    expect(isOpen(el, 'unicef')).to.equal(true);
  });
});

describe('copy link to this question', () => {
  const shares: ShareDetail[] = [];
  const record = (event: Event) => shares.push((event as CustomEvent<ShareDetail>).detail);
  let copied: string[] = [];
  let restore = () => {};
  beforeEach(() => {
    copied = [];
    shares.length = 0;
    document.addEventListener('mms-guidance-share', record);
    restore = stubNavigator('clipboard', { writeText: async (text: string) => void copied.push(text) });
  });
  afterEach(() => {
    document.removeEventListener('mms-guidance-share', record);
    restore();
  });

  const copyButton = (el: MmsGuidance, id: string) =>
    shadow(el).querySelector<HTMLButtonElement>(`#a-${id} [part="copy-item-link"]`)!;
  const status = (el: MmsGuidance, id: string) => shadow(el).querySelector<HTMLElement>(`#a-${id} [role="status"]`)!;
  async function copy(el: MmsGuidance, id: string) {
    copyButton(el, id).click();
    await settled(el);
  }

  it("each open answer ends with the control, named in the reader's language", async () => {
    const el = await render(html`<mms-guidance lang="pt"></mms-guidance>`);
    el.expandAll();
    await el.updateComplete;
    for (const id of Object.keys(en.faq)) expect(copyButton(el, id), id).to.exist;
    expect(visibleText(copyButton(el, 'evidence'))).to.equal('Copiar a ligação para esta pergunta');
  });

  it('closed answers leave it out, so find-in-page cannot open an answer by matching it', async () => {
    const el = await render(html`<mms-guidance open-items="evidence"></mms-guidance>`);
    expect(copyButton(el, 'evidence')).to.exist;
    expect(Boolean(copyButton(el, 'unicef')), 'a closed answer has the control').to.equal(false);
    const closed = shadow(el).querySelector<HTMLElement>('#a-unicef')!;
    expect(closed.textContent).to.not.contain(en.ui.copyItemLink);
  });

  it("copies the page address with the item's fragment, says so, and reports the share with the id", async () => {
    const el = await render(html`<mms-guidance open-items="evidence"></mms-guidance>`);
    await copy(el, 'evidence');
    expect(copied).to.deep.equal([`${page()}#mms-evidence`]);
    expect(visibleText(status(el, 'evidence'))).to.equal(en.ui.copied);
    expect(shares).to.deep.equal([{ channel: 'copy', url: `${page()}#mms-evidence`, id: 'evidence' }]);
  });

  it('uses share-url and link-prefix when set', async () => {
    const el = await render(
      html`<mms-guidance
        open-items="unicef"
        share-url="https://health.example/mms#top"
        link-prefix="moh-"
      ></mms-guidance>`,
    );
    await copy(el, 'unicef');
    expect(copied).to.deep.equal(['https://health.example/mms#moh-unicef']);
  });

  it('the copied link opens that question', async () => {
    const el = await render(html`<mms-guidance open-items="mms-tag"></mms-guidance>`);
    await copy(el, 'mms-tag');
    el.collapseAll();
    await goTo(new URL(copied[0]!).hash, el);
    expect(isOpen(el, 'mms-tag')).to.equal(true);
    history.replaceState(null, '', page());
  });

  it('without a clipboard: a visible message with the link to copy by hand', async () => {
    restore();
    restore = stubNavigator('clipboard', undefined);
    const el = await render(html`<mms-guidance open-items="evidence"></mms-guidance>`);
    await copy(el, 'evidence');
    expect(visibleText(status(el, 'evidence'))).to.equal(`${en.ui.copyFailed} ${page()}#mms-evidence`);
    expect(status(el, 'evidence').offsetHeight).to.be.above(0);
    expect(shares).to.deep.equal([]);
  });
});
