import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { part, shadow } from './support/queries.js';
import { widgetWithContent } from './support/widget.js';
import { xssPayloads } from './support/xss-payloads.js';

/** Every element the widget's templates and rich text can make; anything else was injected. */
const allowedElements = new Set([
  'article',
  'section',
  'div',
  'p',
  'span',
  'b',
  'br',
  'em',
  'a',
  'time',
  'button',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const allowedProtocols = ['https:', 'http:', 'mailto:'];

/** The widget's own icons: an inline <svg> with one <path>, only as the first child of a share target or question link. */
const isOwnIcon = (node: Element): boolean =>
  node.localName === 'path'
    ? node.parentElement !== null && isOwnIcon(node.parentElement)
    : node.localName === 'svg' &&
      node.parentElement!.matches('.share-target, .copy-item-link') &&
      node.parentElement!.firstElementChild === node;

/** Partner content for English with the payload in every text field, every rich-text link and every link field. */
function contentCarrying(payload: string): unknown {
  const fill = (value: unknown): unknown =>
    typeof value === 'string'
      ? payload
      : Array.isArray(value)
        ? [payload, `[label](${payload})`, `[${payload}](https://example.org/)`, `*${payload}*`]
        : Object.fromEntries(
            Object.entries(value as object)
              .filter(([key]) => key !== 'source' && key !== 'lang' && key !== 'dir')
              .map(([key, child]) => [key, fill(child)]),
          );
  return {
    en: {
      ...(fill(en) as object),
      review: { status: 'reviewed', reviewer: payload, date: payload },
      card: { ...(fill(en.card) as object), keyMessage: `${payload} [more](${payload})` },
    },
  };
}

async function renderWith(payload: string): Promise<MmsGuidance> {
  const el = widgetWithContent(contentCarrying(payload), {
    'guidance-href': payload,
    'open-items': Object.keys(en.faq).join(' '),
  });
  const root = await fixture<HTMLElement>(html`<div>${el}</div>`);
  const widget = root.querySelector('mms-guidance')!;
  await widget.updateComplete;
  return widget;
}

describe(`XSS: ${xssPayloads.length} payloads in every text and link field`, () => {
  const executed: string[] = [];
  const saved = {
    alert: window.alert,
    confirm: window.confirm,
    prompt: window.prompt,
    error: console.error,
    warn: console.warn,
  };
  let headBefore = '';
  const activeElements = () =>
    document.querySelectorAll(
      'script:not([type="application/json"]), img, iframe, svg, object, embed, link, meta, style',
    ).length;
  let activeBefore = 0;

  before(() => {
    window.alert = (message?: unknown) => void executed.push(`alert(${String(message)})`);
    window.confirm = () => (executed.push('confirm'), false);
    window.prompt = () => (executed.push('prompt'), null);
    // The widget reports the bad links and URLs; here only what runs matters.
    console.error = () => {};
    console.warn = () => {};
    headBefore = document.head.innerHTML;
    activeBefore = activeElements();
  });

  after(() => {
    Object.assign(window, { alert: saved.alert, confirm: saved.confirm, prompt: saved.prompt });
    Object.assign(console, { error: saved.error, warn: saved.warn });
  });

  it('the corpus holds at least 50 payloads', () => {
    expect(xssPayloads.length).to.be.at.least(50);
  });

  for (const [index, payload] of xssPayloads.entries()) {
    it(`#${index + 1} ${JSON.stringify(payload).slice(0, 70)}`, async () => {
      const el = await renderWith(payload);
      // Give injected handlers (onerror, onload, ontoggle) the time they would need to fire.
      await new Promise((resolve) => setTimeout(resolve, 30));

      for (const node of shadow(el).querySelectorAll('*')) {
        if (!isOwnIcon(node)) expect(allowedElements, `no injected <${node.localName}>`).to.include(node.localName);
        for (const { name } of node.attributes) {
          expect(name, `no ${name} attribute`).not.to.match(/^on|^style$|^srcdoc$|^formaction$/);
        }
      }
      for (const link of shadow(el).querySelectorAll('a')) {
        expect(allowedProtocols, link.href).to.include(new URL(link.href).protocol);
      }
      // Nothing lost: the payload is shown as the text it is.
      expect(part(el, 'title').textContent).to.equal(payload);
      expect(part(el, 'faq-title').textContent).to.equal(payload);

      expect(executed, 'nothing ran').to.deep.equal([]);
      expect((window as { pwned?: unknown }).pwned).to.equal(undefined);
      expect(document.head.innerHTML, 'the page head is untouched').to.equal(headBefore);
      expect(activeElements(), 'no script, frame, image or plugin added to the page').to.equal(activeBefore);
    });
  }
});
