import { expect } from '@open-wc/testing';
import { probe, type ProbeReport } from './support/probe.js';

describe('a strict page: CSP and Trusted Types', () => {
  let report: ProbeReport;
  before(async () => {
    report = await probe('/tests/pages/strict.html');
  });

  it('is really served with the strict policy', async () => {
    const response = await fetch('/tests/pages/strict.html');
    const policy = response.headers.get('content-security-policy');
    expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'").and.contain("base-uri 'none'");
  });

  it('renders and works there with zero securitypolicyviolation events', () => {
    expect(report.title).to.equal('MMS TAG guidance on the postpartum use of antenatal MMS');
    expect(report.expanded, 'every item open after Expand all').to.equal(10);
    expect(report.violations).to.deep.equal([]);
  });

  it('writes its structured data there too, under Trusted Types', () => {
    expect(JSON.parse(report.structuredData!)).to.include({ '@type': 'FAQPage' });
  });

  it('makes no request besides its own script, and leaves no cookie or storage', () => {
    // The test server adds its own web-socket script to every page it serves; the probe is ours.
    const testHarness = (path: string) =>
      path.startsWith('/tests/pages/') || path === '/__web-dev-server__web-socket.js';
    const paths = report.requests.map((url) => new URL(url).pathname);
    expect(paths.filter((path) => !testHarness(path))).to.deep.equal(['/dist/mms-guidance.js']);
    expect(
      report.requests.every((url) => new URL(url).origin === location.origin),
      'nothing third-party',
    ).to.equal(true);
    expect(report.cookie).to.equal('');
    expect(report.storage).to.equal(0);
    expect(report.databases).to.equal(0);
  });
});
