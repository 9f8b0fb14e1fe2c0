import { expect } from '@open-wc/testing';
import { probe } from './support/probe.js';

// Whether the fallback paints before the script runs depends on the network,
// so each test fixes the order: the README's page, and a page whose script
// arrives only after the fallback has painted (the slow-network worst case).
describe('upgrading a page that follows the embed advice', () => {
  it('replaces the fallback with the widget', async () => {
    const report = await probe('/tests/pages/upgrade.html');
    expect(report.title).to.equal('MMS TAG guidance on the postpartum use of antenatal MMS');
    expect(report.fallbackShown, 'the light-DOM fallback is no longer laid out').to.equal(false);
  });

  it('keeps layout shift "good" (CLS below 0.1) when the script arrives after the fallback painted', async () => {
    const report = await probe('/tests/pages/upgrade-late.html');
    expect(report.fallbackShown, 'the fallback was replaced').to.equal(false);
    if (report.layoutShift === null) {
      // Only Chromium reports layout shifts; elsewhere there is nothing to measure.
      expect(PerformanceObserver.supportedEntryTypes).to.not.include('layout-shift');
      return;
    }
    expect(report.layoutShift).to.be.below(0.1);
  });
});
