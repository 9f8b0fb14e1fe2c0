import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<mms-guidance></mms-guidance>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('MMS');
  });
});
