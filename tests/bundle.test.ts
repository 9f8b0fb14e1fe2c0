// Loads the committed dist/ bundles the way a partner's page does, with no
// source imported, so this file tests exactly what partners download.
import { expect } from '@open-wc/testing';
import { loadScript } from './support/scripts.js';

const pageErrors: string[] = [];
window.addEventListener('error', (event) => pageErrors.push(event.message));

describe('the built bundle', () => {
  let resourcesBefore: number;
  const notes: string[] = [];
  const originalInfo = console.info;

  before(async () => {
    resourcesBefore = performance.getEntriesByType('resource').length;
    console.info = (...args: unknown[]) => notes.push(args.map(String).join(' '));
    document.body.insertAdjacentHTML('beforeend', '<mms-guidance id="partner" heading-level="3"></mms-guidance>');
    await loadScript('/dist/mms-guidance.iife.js', 'classic');
    // A second copy, as a page that also loads the module build would.
    await loadScript('/dist/mms-guidance.js', 'module');
    await loadScript('/dist/mms-guidance.iife.js?again', 'classic');
    console.info = originalInfo;
  });

  const element = () => document.getElementById('partner') as HTMLElement & { updateComplete: Promise<boolean> };

  it('upgrades an element already in the page from a plain script tag', async () => {
    await element().updateComplete;
    const title = element().shadowRoot!.querySelector('[part="title"]')!;
    expect(title.localName).to.equal('h3');
    expect(title.textContent).to.equal('MMS TAG guidance on the postpartum use of antenatal MMS');
    expect(element().shadowRoot!.querySelectorAll('[part="faq-question"]').length).to.be.within(8, 12);
  });

  it('survives being loaded three times, as module and classic script, with one note per extra copy', () => {
    expect(pageErrors).to.deep.equal([]);
    expect(notes).to.have.length(2);
    expect(notes[0]).to.contain('already defined by another copy');
  });

  it('works after loading: a click opens an answer', async () => {
    const button = element().shadowRoot!.querySelector<HTMLButtonElement>('[part="faq-question"]')!;
    button.click();
    await element().updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('makes no network request besides its own script', () => {
    const requested = performance
      .getEntriesByType('resource')
      .slice(resourcesBefore)
      .map((entry) => new URL(entry.name).pathname);
    expect(requested).to.have.members([
      '/dist/mms-guidance.iife.js',
      '/dist/mms-guidance.js',
      '/dist/mms-guidance.iife.js',
    ]);
  });

  it('ships Lit inside: the bundles import nothing', async () => {
    for (const file of ['/dist/mms-guidance.js', '/dist/mms-guidance.iife.js']) {
      const source = await (await fetch(file)).text();
      expect(source, file).to.not.match(/\bimport\s*[{("'*]|\bimport\(/);
    }
  });
});

/** A fresh page in a frame that loads one bundle and shows a widget in each language asked for. */
async function frameWith(bundle: string, langs: string[]): Promise<{ doc: Document; warnings: string[] }> {
  const frame = document.createElement('iframe');
  const widgets = langs.map((lang) => `<mms-guidance lang="${lang}"></mms-guidance>`).join('');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${widgets}</body></html>`;
  await new Promise((resolve) => {
    frame.onload = resolve;
    document.body.append(frame);
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = `/dist/${bundle}`;
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    frame.contentDocument!.head.append(script);
  });
  for (const widget of frame.contentDocument!.querySelectorAll('mms-guidance')) {
    await (widget as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  }
  return { doc: frame.contentDocument!, warnings };
}

const cardLangs = (doc: Document) =>
  [...doc.querySelectorAll('mms-guidance')].map(
    (widget) => widget.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!.lang,
  );

describe('the bundles and their languages', () => {
  it('the default bundle carries all five languages', async () => {
    const { doc, warnings } = await frameWith('mms-guidance.js', ['en', 'fr', 'es', 'pt', 'ur']);
    expect(cardLangs(doc)).to.deep.equal(['en', 'fr', 'es', 'pt', 'ur']);
    expect(warnings).to.deep.equal([]);
  });

  for (const lang of ['fr', 'es', 'pt', 'ur']) {
    it(`mms-guidance.${lang}.js carries ${lang} and English, and no other language`, async () => {
      const others = ['fr', 'es', 'pt', 'ur'].filter((other) => other !== lang);
      const { doc, warnings } = await frameWith(`mms-guidance.${lang}.js`, [lang, 'en', ...others]);
      expect(cardLangs(doc)).to.deep.equal([lang, 'en', 'en', 'en', 'en']);
      expect(warnings).to.have.length(3);
      for (const [index, other] of others.entries()) expect(warnings[index]).to.contain(`lang="${other}"`);
      const source = await (await fetch(`/dist/mms-guidance.${lang}.js`)).text();
      expect(source).to.not.match(/\bimport\s*[{("'*]|\bimport\(/);
    });
  }

  it('mms-guidance.en.js carries English alone', async () => {
    const { doc, warnings } = await frameWith('mms-guidance.en.js', ['en', 'fr']);
    expect(cardLangs(doc)).to.deep.equal(['en', 'en']);
    expect(warnings).to.have.length(1);
  });
});
