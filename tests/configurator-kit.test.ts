// The configurator's print and social kit: the handout and the cards made in the
// browser for the partner's page, language and colour. The handout's QR code is
// drawn to a PNG here and read by zbarimg on the test server (tests/runner/qr-plugin.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { en } from '../src/content/en.js';
import { fr } from '../src/content/fr.js';
import { ur } from '../src/content/ur.js';
import { plainText } from '../src/content/markup.js';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';

const open = async () => {
  const doc = (await loadFrame('/demo/configurator.html', 'width: 1200px; height: 900px')).contentDocument!;
  await until(() => doc.querySelectorAll('#kit-cards img').length === 2, 'the cards');
  return doc;
};

function choose(doc: Document, name: string, value: string): void {
  const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const handoutOf = (doc: Document) => doc.querySelector<HTMLIFrameElement>('#kit-handout')!;

/** Waits until the handout frame has loaded the page in `lang` whose QR code is for `url`, and returns that page. */
async function handoutFor(doc: Document, lang: string, url: string): Promise<Document> {
  const frame = handoutOf(doc);
  const ready = () => {
    const page = frame.contentDocument;
    return (
      page?.documentElement?.lang === lang &&
      page.querySelector('.url')?.textContent === url &&
      page.querySelector('.read svg path') !== null
    );
  };
  await until(ready, `the ${lang} handout for ${url}`);
  return frame.contentDocument!;
}

/** The handout's QR code as a PNG, drawn at 8 px a module, read by zbarimg on the server. */
async function decodeQr(page: Document): Promise<string> {
  const svg = page.querySelector('.read svg')!.outerHTML;
  const image = new Image();
  await new Promise((resolve, reject) => {
    image.onload = resolve;
    image.onerror = reject;
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(image, 0, 0, 400, 400);
  const png = canvas.toDataURL('image/png').split(',')[1];
  return (await executeServerCommand('decode-qr', { png })) as string;
}

describe('configurator: print and social kit', () => {
  it("makes the handout in the chosen language, with a QR code that opens the partner's page", async () => {
    const doc = await open();
    const partner = 'https://partner.example.org/health/mms?from=poster';
    choose(doc, 'lang', 'fr');
    choose(doc, 'share-url', partner);
    const page = await handoutFor(doc, 'fr', partner);
    expect(await decodeQr(page)).to.equal(partner);
    expect(page.querySelector('.key-text')!.textContent).to.equal(plainText(fr.card.keyMessage));
    expect(page.querySelector('.referral')!.textContent).to.equal(plainText(fr.referral.text));
    expect(page.querySelector('footer')!.textContent).to.contain(fr.ui.unreviewed);
    expect(page.querySelector('.read svg')!.getAttribute('aria-label')).to.equal(fr.card.title);
    expect(doc.getElementById('kit-target')!.textContent).to.contain(partner);
  });

  it('without a page address, the QR code opens the announcement', async () => {
    const doc = await open();
    const page = await handoutFor(doc, 'en', en.card.guidanceHref);
    expect(await decodeQr(page)).to.equal(en.card.guidanceHref);
    expect(page.querySelector('.read b')!.textContent).to.equal(en.card.guidanceLabel);
  });

  it('takes the brand colour and the paper size', async () => {
    const doc = await open();
    choose(doc, 'accent-color', '#7a1f5c');
    const paper = doc.querySelector<HTMLSelectElement>('#kit-paper')!;
    paper.value = 'letter';
    paper.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => handoutOf(doc).srcdoc.includes('size: letter'), 'the Letter handout');
    expect(handoutOf(doc).srcdoc).to.contain('--accent: #7a1f5c');
  });

  it('draws both cards at their sizes, with alt text holding the key message, ready to download', async () => {
    const doc = await open();
    choose(doc, 'lang', 'ur');
    await until(
      () => doc.querySelector('#kit-cards img')?.getAttribute('alt')?.includes(ur.ui.keyMessageLabel) === true,
      'the Urdu cards',
    );
    const images = [...doc.querySelectorAll<HTMLImageElement>('#kit-cards img')];
    await until(() => images.every((image) => image.complete && image.naturalWidth > 0), 'the cards to load');
    expect(images.map((image) => `${image.naturalWidth}x${image.naturalHeight}`)).to.deep.equal([
      '1200x630',
      '1080x1080',
    ]);
    for (const image of images) {
      expect(image.alt).to.contain(plainText(ur.card.keyMessage));
      expect(image.alt).to.contain(ur.ui.unreviewed);
    }
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('#kit-cards a')];
    expect(links.map((link) => link.download)).to.deep.equal([
      'card-1200x630.png',
      'card-1200x630.alt.txt',
      'card-1080x1080.png',
      'card-1080x1080.alt.txt',
    ]);
    expect(links[0].href.startsWith('data:image/png;base64,')).to.equal(true);
  });

  it('links the ready-made kit', async () => {
    const doc = await open();
    const link = [...doc.querySelectorAll('a')].find((a) => a.getAttribute('href') === '/dist/kit/index.html');
    expect(link?.textContent).to.equal('the dissemination kit');
    expect((await fetch('/dist/kit/index.html')).status).to.equal(200);
  });
});
