import { expect, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { fr } from '../src/content/fr.js';
import type { ShareDetail } from '../src/events.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { warningsDuringEachTest } from './support/console.js';
import { renderWithoutShareSheet, stubNavigator } from './support/navigator.js';
import { part, parts, shadow, visibleText } from './support/queries.js';
import { render, settled, widgetWithContent } from './support/widget.js';

const page = () => location.href.replace(/#.*/, '');

/** The accessible description a link gets from aria-describedby: the referenced text, hidden or not. */
const newTabDescription = (el: MmsGuidance, link: HTMLAnchorElement): string | undefined => {
  const id = link.getAttribute('aria-describedby');
  return id === null ? undefined : shadow(el).getElementById(id)?.textContent?.trim();
};

const shares: ShareDetail[] = [];
const recordShare = (event: Event) => shares.push((event as CustomEvent<ShareDetail>).detail);

describe('share bar', () => {
  const warnings = warningsDuringEachTest();
  beforeEach(() => {
    shares.length = 0;
    document.addEventListener('mms-guidance-share', recordShare);
  });
  afterEach(() => document.removeEventListener('mms-guidance-share', recordShare));

  it('is on by default, a labelled group', async () => {
    const el = await renderWithoutShareSheet(html`<mms-guidance></mms-guidance>`);
    const bar = part(el, 'share');
    expect(bar.getAttribute('role')).to.equal('group');
    expect(visibleText(shadow(el).getElementById(bar.getAttribute('aria-labelledby')!)!)).to.equal(en.ui.share);
    await expect(el).to.be.accessible();
  });

  it('share="off" hides it', async () => {
    const el = await render(html`<mms-guidance share="off"></mms-guidance>`);
    expect(parts(el, 'share')).to.have.length(0);
  });

  it('without a share sheet: copy link, then WhatsApp, email, X, Facebook and LinkedIn as plain links to the page', async () => {
    const el = await renderWithoutShareSheet(html`<mms-guidance></mms-guidance>`);
    expect(visibleText(part(el, 'share-button'))).to.equal(en.ui.copyLink);
    const links = parts(el, 'share-link') as HTMLAnchorElement[];
    expect(links.map(visibleText)).to.deep.equal(['WhatsApp', en.ui.email, 'X', 'Facebook', 'LinkedIn']);
    const url = encodeURIComponent(page());
    const text = encodeURIComponent(en.ui.shareText);
    expect(links.map((a) => a.href)).to.deep.equal([
      `https://wa.me/?text=${text}%20${url}`,
      `mailto:?subject=${text}&body=${text}%0A%0A${url}`,
      `https://twitter.com/intent/tweet?text=${text}&url=${url}`,
      `https://www.facebook.com/sharer/sharer.php?u=${url}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    ]);
    for (const link of links.filter((a) => !a.href.startsWith('mailto:'))) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      // Screen readers give the link's description after its name, as "WhatsApp, Opens in a new tab".
      expect(newTabDescription(el, link)).to.equal(en.ui.newTab);
    }
    expect(newTabDescription(el, links[1]!), 'email stays in this tab').to.equal(undefined);
    // No third-party script, frame or image: only these plain links, with icons drawn inline that fetch nothing.
    expect(shadow(el).querySelectorAll('script, iframe, img, image, use, [href^="data:"]')).to.have.length(0);
    for (const svg of shadow(el).querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
  });

  it("shares the text in the reader's language, and a partner's own text", async () => {
    const french = await renderWithoutShareSheet(html`<mms-guidance lang="fr"></mms-guidance>`);
    expect(newTabDescription(french, (parts(french, 'share-link') as HTMLAnchorElement[])[0]!)).to.equal(fr.ui.newTab);
    const mail = (el: MmsGuidance) =>
      (parts(el, 'share-link') as HTMLAnchorElement[]).find((a) => a.protocol === 'mailto:')!;
    expect(decodeURIComponent(mail(french).href)).to.contain(`subject=${fr.ui.shareText}`);
    expect(visibleText(mail(french))).to.equal(fr.ui.email);
    const partner = widgetWithContent({ en: { ui: { shareText: 'What the MMS TAG says about MMS after birth' } } });
    const el = await renderWithoutShareSheet(html`<div>${partner}</div>`);
    expect(decodeURIComponent(mail(el).href)).to.contain('subject=What the MMS TAG says about MMS after birth');
  });

  it('shares share-url instead of the page when given, and warns about one that is not http(s)', async () => {
    const el = await renderWithoutShareSheet(
      html`<mms-guidance share-url="https://health.example/mms"></mms-guidance>`,
    );
    const facebook = (parts(el, 'share-link') as HTMLAnchorElement[])[3]!;
    expect(facebook.href).to.equal(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent('https://health.example/mms')}`,
    );
    expect(warnings.messages).to.deep.equal([]);
    const bad = await renderWithoutShareSheet(html`<mms-guidance share-url="javascript:alert(1)"></mms-guidance>`);
    expect((parts(bad, 'share-link') as HTMLAnchorElement[])[3]!.href).to.contain(encodeURIComponent(page()));
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(
      'share-url="javascript:alert(1)" is not an http(s) URL; sharing the page\'s address instead.',
    );
  });

  describe('copying the link', () => {
    let restore = () => {};
    afterEach(() => restore());

    it('copies the page address, says so to everyone, and reports the share', async () => {
      const copied: string[] = [];
      restore = stubNavigator('clipboard', { writeText: async (text: string) => void copied.push(text) });
      const el = await renderWithoutShareSheet(html`<mms-guidance></mms-guidance>`);
      const status = part(el, 'share').querySelector('[role="status"]')!;
      expect(status.textContent!.trim(), 'empty, but there, before the copy').to.equal('');
      (part(el, 'share-button') as HTMLButtonElement).click();
      await settled(el);
      expect(copied).to.deep.equal([page()]);
      expect(visibleText(status as HTMLElement)).to.equal(en.ui.copied);
      expect(shares).to.deep.equal([{ channel: 'copy', url: page() }]);
    });

    for (const [why, clipboard] of [
      ['no clipboard (an insecure page)', undefined],
      ['a refused permission', { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }],
    ] as const) {
      it(`with ${why}: a visible message and the link to copy by hand, and no share reported`, async () => {
        restore = stubNavigator('clipboard', clipboard);
        const el = await renderWithoutShareSheet(html`<mms-guidance></mms-guidance>`);
        (part(el, 'share-button') as HTMLButtonElement).click();
        await settled(el);
        const status = part(el, 'share').querySelector<HTMLElement>('[role="status"]')!;
        expect(visibleText(status)).to.equal(`${en.ui.copyFailed} ${page()}`);
        expect(status.offsetHeight, 'visible').to.be.above(0);
        expect(shares).to.deep.equal([]);
      });
    }
  });

  describe('with the Web Share API', () => {
    let restore = () => {};
    afterEach(() => restore());

    it('offers one Share button that opens the share sheet with the title, text and page', async () => {
      const asked: ShareData[] = [];
      restore = stubNavigator('share', async (data: ShareData) => void asked.push(data));
      const el = await render(html`<mms-guidance></mms-guidance>`);
      expect(parts(el, 'share-link')).to.have.length(0);
      const button = part(el, 'share-button') as HTMLButtonElement;
      expect(visibleText(button)).to.equal(en.ui.shareButton);
      button.click();
      await new Promise((resolve) => setTimeout(resolve));
      expect(asked).to.deep.equal([{ title: en.card.title, text: en.ui.shareText, url: page() }]);
      expect(shares).to.deep.equal([{ channel: 'native', url: page() }]);
    });

    it('reports nothing when the reader cancels the sheet', async () => {
      restore = stubNavigator('share', () => Promise.reject(new DOMException('Cancelled', 'AbortError')));
      const el = await render(html`<mms-guidance></mms-guidance>`);
      (part(el, 'share-button') as HTMLButtonElement).click();
      await settled(el);
      expect(shares).to.deep.equal([]);
      expect(visibleText(part(el, 'share').querySelector<HTMLElement>('[role="status"]')!)).to.equal('');
    });
  });
});
