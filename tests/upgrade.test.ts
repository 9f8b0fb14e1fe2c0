import { expect } from '@open-wc/testing';
import { probe } from './probe.js';

describe('upgrading a page that follows the embed advice', () => {
  it('replaces the fallback with the widget', async () => {
    const report = await probe('/tests/pages/upgrade.html');
    expect(report.title).to.equal('MMS TAG guidance on the postpartum use of antenatal MMS');
    expect(report.fallbackShown, 'the light-DOM fallback is no longer laid out').to.equal(false);
  });

  it('causes no layout shift: CLS 0 where the engine measures it (Chromium)', async () => {
    const report = await probe('/tests/pages/upgrade.html');
    if (report.layoutShift === null) {
      expect(PerformanceObserver.supportedEntryTypes).to.not.include('layout-shift');
      return;
    }
    expect(report.layoutShift).to.equal(0);
  });
});
