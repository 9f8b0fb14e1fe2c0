import { expect, fixture, html } from '@open-wc/testing';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { warningsDuringEachTest } from './support/console.js';
import { part, questions } from './support/queries.js';
import { render } from './support/widget.js';

// Mistakes a partner's web team makes by hand: each gets a warning that says
// what to write instead, and the widget does the sensible thing.
const warnings = warningsDuringEachTest();

const openIds = (el: MmsGuidance) =>
  questions(el)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => button.id.replace(/^q-/, ''));
/**
 * Attributes of HTML, ARIA, microdata, WordPress and common front-end libraries
 * (Alpine, Vue, Angular, htmx, Lit SSR): none may read as a misspelling of the
 * widget's own. Several are 1 or 2 letters from its short names (shape and start
 * from share; id, for and is from dir; link and ping from lang), and
 * open-item-ids is 3 from open-items.
 */
const foreignAttributes = [
  ...['id', 'class', 'style', 'slot', 'part', 'exportparts', 'title', 'hidden', 'tabindex', 'role', 'translate'],
  ...['accesskey', 'autofocus', 'contenteditable', 'draggable', 'inert', 'inputmode', 'is', 'nonce', 'popover'],
  ...['spellcheck', 'enterkeyhint', 'autocapitalize', 'itemscope', 'itemprop', 'itemtype', 'itemid', 'itemref'],
  ...['name', 'value', 'type', 'src', 'href', 'width', 'height', 'align', 'color', 'content', 'scope', 'shape'],
  ...['start', 'for', 'min', 'max', 'ping', 'link', 'list', 'label', 'loading', 'headers', 'open', 'key', 'ref'],
  ...['theme', 'variant', 'size', 'mode', 'dark', 'lazy', 'ssr', 'defer-hydration', 'open-item-ids', 'locale'],
  ...['data-track', 'data-heading-level', 'data-color-scheme', 'data-share-url', 'aria-label', 'aria-describedby'],
  ...['aria-hidden', 'aria-expanded', 'aria-level', 'x-data', 'x-show', 'v-if', 'v-cloak', 'ng-if', 'ng-cloak'],
  ...['hx-get', 'hx-target', 'hx-swap', 'hx-trigger', 'wire:model', 'has-background', 'alignwide'],
];
const cardLang = (el: MmsGuidance) => part(el, 'card').getAttribute('lang');

describe('friendly input', () => {
  it('a link with no scheme that looks like a domain warns with the https:// form and keeps the default link', async () => {
    const el = await render(html`<mms-guidance guidance-href="www.moh.gov.xx/mms"></mms-guidance>`);
    expect(part(el, 'guidance-link').getAttribute('href')).to.equal(
      'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/',
    );
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('guidance-href="www.moh.gov.xx/mms" has no scheme');
    expect(warnings.messages[0]).to.contain('did you mean "https://www.moh.gov.xx/mms"');
  });

  for (const relative of ['/mms/guidance', 'guidance.html', 'docs/mms.pdf']) {
    it(`the relative link "${relative}" still counts as a link beside the page, with no warning`, async () => {
      const el = await render(html`<mms-guidance guidance-href=${relative}></mms-guidance>`);
      expect(part(el, 'guidance-link').getAttribute('href')).to.equal(new URL(relative, location.href).href);
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  for (const [written, meant] of [
    ['colour-scheme', 'color-scheme'],
    ['heading_level', 'heading-level'],
    ['open-item', 'open-items'],
    ['structured_data', 'structured-data'],
    ['shareurl', 'share-url'],
    ['linkprefix', 'link-prefix'],
    // One or two letters off: dropped, swapped, doubled.
    ['color-sheme', 'color-scheme'],
    ['heading-levle', 'heading-level'],
    ['open-itmes', 'open-items'],
    ['guidance-hreff', 'guidance-href'],
  ]) {
    it(`warns about ${written}, asking "did you mean ${meant}?"`, async () => {
      const el = document.createElement('mms-guidance');
      el.setAttribute(written!, 'x');
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(
        `${written}="x" is not an attribute of the widget; did you mean ${meant}?`,
      );
    });
  }

  it("leaves the page's own attributes alone (id, class, data-*, aria-*, title, style)", async () => {
    await render(
      html`<mms-guidance
        id="g"
        class="c"
        data-track="1"
        aria-describedby="x"
        title="t"
        style="margin: 0"
      ></mms-guidance>`,
    );
    expect(warnings.messages).to.deep.equal([]);
  });

  it('stays quiet about other attributes a page or a library puts on elements, even one or two letters from its own', async () => {
    const el = document.createElement('mms-guidance');
    for (const name of foreignAttributes) el.setAttribute(name, name === 'style' ? 'margin: 0' : '');
    el.setAttribute('lang', 'en');
    el.setAttribute('dir', 'ltr');
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('reads enumerated values in any case: color-scheme="Dark", share="OFF", contrast-guard=" Off "', async () => {
    const el = await render(html`<mms-guidance color-scheme="Dark" share="OFF" contrast-guard=" Off "></mms-guidance>`);
    expect(warnings.messages).to.deep.equal([]);
    expect(el.colorScheme).to.equal('dark');
    expect(el.getAttribute('color-scheme'), 'the attribute the styles read is cleaned too').to.equal('dark');
    expect(getComputedStyle(part(el, 'card')).backgroundColor).to.equal('rgb(18, 22, 28)');
    expect(shadowHasShareBar(el)).to.equal(false);
    expect(el.contrastGuard).to.equal('off');
  });

  it('an unknown enumerated value falls back to its default, and the property says so', async () => {
    const el = await render(html`<mms-guidance share="sometimes"></mms-guidance>`);
    expect(el.share).to.equal('auto');
    expect(warnings.messages[0]).to.contain('share="sometimes" is not one of auto, off; using auto.');
  });

  it('the link and prefix properties read back what the widget uses', async () => {
    const el = await render(
      html`<mms-guidance
        guidance-href="guidance.html"
        share-url="javascript:alert(1)"
        link-prefix="a b"
      ></mms-guidance>`,
    );
    expect(el.guidanceHref).to.equal(new URL('guidance.html', location.href).href);
    expect(el.shareUrl).to.equal(undefined);
    expect(el.linkPrefix).to.equal('mms-');
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.some((m) => m.includes('share-url="javascript:alert(1)"'))).to.be.true;
    expect(warnings.messages.some((m) => m.includes('link-prefix="a b"'))).to.be.true;
  });

  it('removing an attribute quietly restores its default', async () => {
    const el = await render(
      html`<mms-guidance
        guidance-href="/g"
        share-url="https://example.org/"
        link-prefix="g-"
        share="off"
        color-scheme="dark"
        contrast-guard="off"
        heading-level="3"
      ></mms-guidance>`,
    );
    for (const name of el.getAttributeNames()) el.removeAttribute(name);
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal([]);
    expect(el.guidanceHref).to.equal(undefined);
    expect(part(el, 'guidance-link').getAttribute('href')).to.equal(
      'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/',
    );
    expect(el.shareUrl).to.equal(undefined);
    expect(el.linkPrefix).to.equal('mms-');
    expect(el.share).to.equal('auto');
    expect(part(el, 'share')).to.exist;
    expect(el.colorScheme).to.equal('light');
    expect(el.contrastGuard).to.equal('auto');
    expect(part(el, 'title').localName).to.equal('h2');
  });

  it('warns once about a misspelt attribute, even when the widget moves', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <mms-guidance colour-scheme="dark"></mms-guidance>
        <p></p>
      </div>`,
    );
    const el = root.querySelector('mms-guidance')!;
    await el.updateComplete;
    root.querySelector('p')!.append(el);
    await el.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('did you mean color-scheme?');
  });

  it('open-items takes commas as well as spaces: "mms-tag, evidence"', async () => {
    const el = await render(html`<mms-guidance open-items="mms-tag, evidence"></mms-guidance>`);
    expect(openIds(el)).to.deep.equal(['mms-tag', 'evidence']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('reads the locale spelling fr_FR as fr-FR: French, with no warning', async () => {
    const el = await render(html`<mms-guidance lang="fr_FR"></mms-guidance>`);
    expect(cardLang(el)).to.equal('fr');
    expect(warnings.messages).to.deep.equal([]);
  });
});

function shadowHasShareBar(el: MmsGuidance): boolean {
  return el.shadowRoot!.querySelector('[part~="share"]') !== null;
}
