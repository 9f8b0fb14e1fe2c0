// The partner tools in demo/, loaded as pages in a frame: the embed configurator
// and the theme playground must produce what they promise.
import { expect } from '@open-wc/testing';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';

const open = async (path: string) => (await loadFrame(path, 'width: 1200px; height: 900px')).contentDocument!;

const configuratorReady = (doc: Document) => () => doc.getElementById('snippet')!.textContent!.includes('sha384-');

function choose(doc: Document, name: string, value: string): void {
  const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('embed configurator', () => {
  it('writes a script snippet with the published SRI hash, the element and its CSS', async () => {
    const doc = await open('/demo/configurator.html');
    await until(configuratorReady(doc), 'the snippet');
    const sri = (await (await fetch('/dist/sri.json')).json()) as Record<string, string>;
    choose(doc, 'lang', 'fr');
    choose(doc, 'heading-level', '3');
    choose(doc, 'color-scheme', 'dark');
    choose(doc, 'accent-color', '#1b6b3a');
    const snippet = doc.getElementById('snippet')!.textContent!;
    expect(snippet).to.contain('src="/assets/mms-guidance.fr.js"');
    expect(snippet).to.contain(`integrity="${sri['mms-guidance.fr.js']}"`).and.contain('crossorigin="anonymous"');
    expect(snippet).to.contain('<mms-guidance lang="fr" heading-level="3" color-scheme="dark">');
    // On the dark card, the brand's hue light enough to read (tests/configurator-dark.test.ts checks how).
    expect(snippet).to.contain('--mms-guidance-accent-color: #96e5b5;').and.not.contain('#1b6b3a');
    expect(snippet).to.contain('mms-guidance:not(:defined) { display: block; }');
  });

  it('writes an iframe snippet whose preview is that very embed page', async () => {
    const doc = await open('/demo/configurator.html');
    await until(configuratorReady(doc), 'the snippet');
    const iframeChoice = doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!;
    iframeChoice.checked = true;
    iframeChoice.dispatchEvent(new Event('input', { bubbles: true }));
    const faqOnly = doc.querySelector<HTMLInputElement>('[name="card"]')!;
    faqOnly.checked = false;
    faqOnly.dispatchEvent(new Event('input', { bubbles: true }));
    const snippet = doc.getElementById('snippet')!.textContent!;
    expect(snippet).to.match(/<iframe src="\/assets\/embed\.html\?[^"]*sections=faq/);
    expect(snippet).to.contain('embed-resizer.js');
    const preview = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(new URL(preview.src).search).to.equal(new URL(snippet.match(/src="([^"]+)"/)![1]!, location.href).search);
  });

  it('previews the share bar, which an iframe shows only once given the page address', async () => {
    const doc = await open('/demo/configurator.html');
    await until(configuratorReady(doc), 'the snippet');
    const previewShareBar = () =>
      doc
        .querySelector<HTMLIFrameElement>('#preview iframe')!
        .contentDocument?.querySelector('mms-guidance')
        ?.shadowRoot?.querySelector('[part="share"]');
    await until(() => !!previewShareBar(), 'the share bar in the preview of the script snippet');

    const iframeChoice = doc.querySelector<HTMLInputElement>('[name="kind"][value="iframe"]')!;
    iframeChoice.checked = true;
    iframeChoice.dispatchEvent(new Event('input', { bubbles: true }));
    const snippet = () => doc.getElementById('snippet')!.textContent!;
    expect(snippet()).to.contain("No share bar: a frame cannot know your page's address.");
    expect(snippet()).to.not.contain('share-url');

    choose(doc, 'share-url', 'https://moh.example/nutrition?a=1&b=2');
    expect(snippet()).to.not.contain('No share bar');
    const src = new URL(snippet().match(/src="([^"]+)"/)![1]!, location.href);
    expect(src.searchParams.get('share-url')).to.equal('https://moh.example/nutrition?a=1&b=2');
    await until(() => !!previewShareBar(), 'the share bar in the preview of the iframe snippet');
  });
});

describe('theme playground', () => {
  it('applies a token to the preview and writes it into the CSS to copy', async () => {
    const doc = await open('/demo/themes.html');
    await until(
      () => !!doc.querySelector('#preview mms-guidance')?.shadowRoot?.querySelector('[part="guidance-link"]'),
      'the preview',
    );
    expect(doc.querySelectorAll('#gallery mms-guidance')).to.have.length(4);
    choose(doc, '--mms-guidance-accent-color', '#7a1fa2');
    const widget = doc.querySelector('#preview mms-guidance')!;
    const link = widget.shadowRoot!.querySelector('[part="guidance-link"]')!;
    expect(doc.defaultView!.getComputedStyle(link).backgroundColor).to.equal('rgb(122, 31, 162)');
    expect(doc.getElementById('css')!.textContent).to.contain('--mms-guidance-accent-color: #7a1fa2;');
  });
});
