// Renders the element from the npm tarball installed into a scratch project by
// scripts/check-package.mjs (run by `npm test` before the browser tests, and by
// tests/runner/installed-package-plugin.mjs when they run alone), with Lit resolved from that project's node_modules, as an app's bundler would.
import { expect, fixture, html } from '@open-wc/testing';

const installed = '/.test-tmp/consumer/node_modules/mms-guidance/dist/npm/index.js';

describe('the installed npm package', () => {
  it('defines and renders the element from its own files', async () => {
    const module = (await import(/* @vite-ignore */ installed)) as { MmsGuidance: CustomElementConstructor };
    expect(customElements.get('mms-guidance') === module.MmsGuidance, 'the package defines the element').to.equal(true);
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<mms-guidance open-items="evidence"></mms-guidance>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(
      'MMS TAG guidance on the postpartum use of antenatal MMS',
    );
    expect(el.shadowRoot!.querySelector('#q-evidence')!.getAttribute('aria-expanded')).to.equal('true');
  });
});
