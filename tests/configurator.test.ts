// The embed configurator speaks the partner's language, knows where the files
// are, previews at a phone's width, and writes a frame height it measured.
import { expect } from '@open-wc/testing';
import { defaultFrameHeight, measureEmbed } from '../demo/configurator.measure.js';
import { fr } from '../src/content/fr.js';
import { ur } from '../src/content/ur.js';
import { plainText } from '../src/content/rich-text.js';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';

const open = async (width = 1200) => {
  const doc = (await loadFrame('/demo/configurator.html', `width: ${width}px; height: 900px`)).contentDocument!;
  await until(() => doc.getElementById('snippet')!.textContent!.includes('sha384-'), 'the snippet');
  return doc;
};
const snippetOf = (doc: Document) => doc.getElementById('snippet')!.textContent!;

function choose(doc: Document, name: string, value: string | boolean): void {
  const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('embed configurator: language, files, width, height', () => {
  it('offers the widget pre-rendered, in the chosen language and heading level, with its size and CSP hash', async () => {
    const doc = await open();
    choose(doc, 'lang', 'ur');
    choose(doc, 'heading-level', '3');
    doc.querySelector<HTMLInputElement>('[name="kind"][value="prerendered"]')!.checked = true;
    choose(doc, 'share', false);
    await until(() => snippetOf(doc).includes('shadowrootmode'), 'the pre-rendered snippet');
    const snippet = snippetOf(doc);
    const sri = (await (await fetch('/dist/sri.json')).json()) as Record<string, string>;
    expect(snippet).to.contain(`integrity="${sri['mms-guidance.ur.js']}"`);
    expect(snippet).to.contain(`style-src '${sri['html-style']}'`);
    expect(snippet).to.match(/pre-rendered \([\d.]+ kB/);
    // Parsed as a page would parse it: the declarative shadow root, at level 3, in Urdu, with no share bar.
    const host = document.createElement('div');
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      snippet.slice(snippet.indexOf('<mms-guidance')),
    );
    const root = host.querySelector('mms-guidance')!.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.localName).to.equal('h3');
    expect(root.querySelector('[part="title"]')!.textContent).to.equal(ur.card.title);
    expect(root.querySelector('.share')).to.equal(null);
    expect(host.querySelector('mms-guidance')!.getAttribute('share')).to.equal('off');
  });

  it('writes the fallback text and the frame title in the chosen language', async () => {
    const doc = await open();
    choose(doc, 'lang', 'fr');
    const snippet = snippetOf(doc);
    expect(snippet.includes(plainText(fr.card.keyMessage)), 'the French key message').to.be.true;
    expect(
      snippet.includes(`<a href="${fr.card.guidanceHref}" hreflang="en">${fr.card.guidanceLabel}</a>`),
      'the French link',
    ).to.be.true;
    expect(snippet.includes('While pregnant women'), 'no English fallback').to.be.false;

    choose(doc, 'lang', 'ur');
    expect(snippetOf(doc).includes(`<p dir="rtl">${plainText(ur.card.keyMessage)}`), 'the Urdu fallback, right to left')
      .to.be.true;

    choose(doc, 'lang', 'fr');
    doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!.checked = true;
    choose(doc, 'lang', 'fr');
    const title = snippetOf(doc).match(/<iframe [^>]*title="([^"]*)"/)?.[1];
    expect(title).to.equal(fr.card.title);
  });

  it('writes the folder the partner serves the files from, /assets/ unless told, and says so', async () => {
    const doc = await open();
    const field = doc.querySelector<HTMLInputElement>('[name="base"]')!;
    expect(field.value).to.equal('/assets/');
    const hint = doc.getElementById(field.getAttribute('aria-describedby')!)!.textContent!;
    expect(hint).to.contain('/assets/');

    choose(doc, 'base', 'https://cdn.moh.example/mms');
    expect(snippetOf(doc)).to.contain('<script type="module" src="https://cdn.moh.example/mms/mms-guidance.en.js"');
    doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!.checked = true;
    choose(doc, 'base', 'https://cdn.moh.example/mms/');
    expect(snippetOf(doc)).to.contain('<iframe src="https://cdn.moh.example/mms/embed.html?');
    expect(snippetOf(doc)).to.contain('<script type="module" src="https://cdn.moh.example/mms/embed-resizer.js">');

    choose(doc, 'base', '"><script>alert(1)</script>');
    expect(snippetOf(doc)).to.contain('<iframe src="/assets/embed.html?');
    expect(snippetOf(doc)).to.not.contain('alert');
  });

  it('marks the iframe for the resizer, which trusts only embed frames', async () => {
    const doc = await open();
    doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!.checked = true;
    choose(doc, 'lang', 'en');
    expect(snippetOf(doc)).to.match(/<iframe src="[^"]+" data-mms-guidance-embed /);
  });

  it('previews at 360 px and writes the height it measured there', async () => {
    const doc = await open();
    doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!.checked = true;
    choose(doc, 'phone', true);
    const frame = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(frame.getBoundingClientRect().width).to.equal(360);
    await until(() => snippetOf(doc).includes('px fits the widget 360 px wide in English'), 'the measured height');
    const { recommended } = await measureEmbed(frame.contentDocument!);
    expect(snippetOf(doc)).to.contain(`height: ${recommended}px`);
    expect(doc.getElementById('measured')!.textContent).to.contain(`${recommended} px tall`);
    // The same measure gives the documented default in the reference engine; every engine's fits the collapsed widget.
    const collapsed = frame.contentDocument!.documentElement.getBoundingClientRect().height;
    expect(defaultFrameHeight).to.be.at.least(collapsed);
  });

  it("measures again at the partner's column width", async () => {
    const doc = await open();
    doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!.checked = true;
    choose(doc, 'column-width', '600');
    const frame = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(frame.getBoundingClientRect().width).to.equal(600);
    await until(() => snippetOf(doc).includes('fits the widget 600 px wide'), 'the height at 600 px');
  });

  it('shows the preview with no border of its own and no scrollbar, as tall as the widget', async () => {
    const doc = await open();
    const frame = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    const style = getComputedStyle(frame);
    expect([style.borderTopWidth, style.borderRightWidth, style.display]).to.deep.equal(['0px', '0px', 'block']);
    // The preview may be between two loads (about:blank, then embed.html): wait for a document that has the widget.
    const inner = () =>
      frame.contentDocument?.querySelector('mms-guidance') ? frame.contentDocument.documentElement : null;
    await until(() => {
      const root = inner();
      return root !== null && Math.abs(frame.clientHeight - root.getBoundingClientRect().height) <= 1;
    }, 'the preview to fit its widget');
    expect(inner()?.clientWidth).to.equal(frame.clientWidth);
  });

  it("measures a column wider than the preview area at the column's width, scrolling the preview sideways", async () => {
    const doc = await open(1280);
    doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!.checked = true;
    choose(doc, 'column-width', '1280');
    const frame = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(frame.getBoundingClientRect().width).to.equal(1280);
    await until(() => snippetOf(doc).includes('fits the widget 1280 px wide'), 'the height at 1280 px');
    expect(doc.getElementById('measured')!.textContent).to.contain('at 1280 px wide');
    const area = doc.getElementById('preview')!;
    expect(area.scrollWidth, 'the preview scrolls').to.be.above(area.clientWidth);
    expect(doc.documentElement.scrollWidth, 'the page does not').to.equal(doc.documentElement.clientWidth);
  });

  it('keeps the snippet box in its column at 1280 px, however long the address in it', async () => {
    const doc = await open(1280);
    doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!.checked = true;
    choose(doc, 'accent-color', '#1b6b3a');
    choose(doc, 'share-url', `https://www.health.example/${'maternal-nutrition/'.repeat(6)}postpartum-mms`);
    const column = doc.getElementById('preview')!.getBoundingClientRect();
    const box = doc.getElementById('snippet')!.getBoundingClientRect();
    expect([Math.round(box.left), Math.round(box.right)]).to.deep.equal([
      Math.round(column.left),
      Math.round(column.right),
    ]);
    expect(doc.documentElement.scrollWidth, 'no sideways scroll').to.equal(doc.documentElement.clientWidth);
  });

  it('loads no Lit of its own: the preview holds the one copy, so no "Multiple versions of Lit loaded"', async () => {
    const doc = await open();
    const frame = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    // The preview's page carries the widget pre-rendered; its script defines it.
    await until(() => Boolean(frame.contentWindow?.customElements.get('mms-guidance')), 'the preview');
    const lits = (view: Window | null) => (view as { litHtmlVersions?: string[] } | null)?.litHtmlVersions?.length ?? 0;
    expect(lits(doc.defaultView)).to.equal(0);
    expect(lits(frame.contentWindow)).to.equal(1);
  });

  it('wraps the snippet between words, never inside one that fits a line', async () => {
    const doc = await open();
    const style = getComputedStyle(doc.getElementById('snippet')!);
    expect(style.wordBreak).to.equal('normal');
    expect(style.overflowWrap).to.equal('break-word');
    expect(style.whiteSpace).to.equal('pre-wrap');
  });
});
