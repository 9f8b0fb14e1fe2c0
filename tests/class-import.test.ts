import { expect } from '@open-wc/testing';
// The class alone, as `mms-guidance/class` gives it: no registration, no change to the page.
import { MmsGuidance } from '../src/mms-guidance.js';

describe('importing the class alone (mms-guidance/class)', () => {
  it('defines no element', () => {
    expect(typeof MmsGuidance).to.equal('function');
    expect(customElements.get('mms-guidance') === undefined, 'mms-guidance stays undefined').to.equal(true);
  });

  it("leaves the page's Trusted Types createPolicy as the browser made it", () => {
    const factory = (globalThis as { trustedTypes?: { createPolicy: unknown } }).trustedTypes;
    // Engines without Trusted Types have nothing to change.
    if (factory) expect(String(factory.createPolicy)).to.contain('[native code]');
  });
});
