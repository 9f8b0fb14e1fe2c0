// Loads the committed dist/ bundles the way a partner's page does, with no
// source imported, so this file tests exactly what partners download.
import { expect } from '@open-wc/testing';

function loadScript(src: string, type: 'classic' | 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type === 'module') script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

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
    expect(requested).to.have.members(['/dist/mms-guidance.iife.js', '/dist/mms-guidance.js', '/dist/mms-guidance.iife.js']);
  });

  it('ships Lit inside: the bundles import nothing', async () => {
    for (const file of ['/dist/mms-guidance.js', '/dist/mms-guidance.iife.js']) {
      const source = await (await fetch(file)).text();
      expect(source, file).to.not.match(/\bimport\s*[{("'*]|\bimport\(/);
    }
  });
});
