// Loads the bundles with the integrity hashes the build wrote, as the README's
// snippet does: the browser itself checks each hash against the file.
import { expect } from '@open-wc/testing';

function load(src: string, integrity: string, type: 'classic' | 'module'): Promise<'loaded' | 'refused'> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    if (type === 'module') script.type = 'module';
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    script.src = src;
    script.onload = () => resolve('loaded');
    script.onerror = () => resolve('refused');
    document.head.append(script);
  });
}

describe('Subresource Integrity', () => {
  let sri: Record<string, string>;
  before(async () => {
    sri = (await (await fetch('/dist/sri.json')).json()) as Record<string, string>;
  });

  it('lists a sha384 hash for each bundle', () => {
    const perLanguage = ['en', 'es', 'fr', 'pt', 'ur'].map((lang) => `mms-guidance.${lang}.js`);
    const bundles = Object.fromEntries(Object.entries(sri).filter(([name]) => name !== 'html-style'));
    expect(Object.keys(bundles).sort()).to.deep.equal(
      [...perLanguage, 'mms-guidance.iife.js', 'mms-guidance.js'].sort(),
    );
    for (const hash of Object.values(bundles)) expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it("gives the CSP hash of every pre-rendered fragment's one style, for style-src", async () => {
    for (const lang of ['en', 'es', 'fr', 'pt', 'ur']) {
      const fragment = await (await fetch(`/dist/html/mms-guidance.${lang}.html`)).text();
      const styles = [...fragment.matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1]!);
      expect(styles.length, lang).to.equal(1);
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(styles[0]));
      expect(`sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`, lang).to.equal(sri['html-style']);
    }
  });

  it('refuses a bundle whose hash does not match', async () => {
    const wrong = `sha384-${'A'.repeat(64)}`;
    expect(await load('/dist/mms-guidance.iife.js?tampered', wrong, 'classic')).to.equal('refused');
    expect(customElements.get('mms-guidance')).to.equal(undefined);
  });

  it('loads both bundles with their published hashes', async () => {
    expect(await load('/dist/mms-guidance.iife.js', sri['mms-guidance.iife.js']!, 'classic')).to.equal('loaded');
    expect(await load('/dist/mms-guidance.js', sri['mms-guidance.js']!, 'module')).to.equal('loaded');
    expect(customElements.get('mms-guidance')).to.be.a('function');
  });
});
