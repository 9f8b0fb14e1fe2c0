// Trusted Types with policy names listed and no 'allow-duplicates' (issue 17,
// finding 6): the built bundle loaded twice, or after another Lit app, never
// throws and still defines the element; with no name left, one error says
// what to add. Each page loads dist/ bundles as a partner's page does.
import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';

interface Report {
  errors: string[];
  consoleErrors: string[];
  violations: string[];
  defined: boolean;
  title: string | null;
  fallbackShown: boolean;
  structuredData: string | null;
  trustedTypes: boolean;
}

function report(page: string): Promise<Report> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    addEventListener('message', function onMessage(event: MessageEvent<Report & { type?: string }>) {
      if (event.data?.type !== 'tt-report') return;
      removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data);
    });
    frame.src = `/tests/pages/${page}.html`;
    frame.style.cssText = 'width: 480px; height: 400px';
    document.body.append(frame);
  });
}

describe('Trusted Types with listed policy names', () => {
  it('loaded twice (classic and module): no error, one element, its FAQ data written', async () => {
    const { errors, consoleErrors, violations, defined, title, structuredData } = await report('tt-twice');
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(consoleErrors).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
    expect(defined).to.equal(true);
    expect(title).to.equal(en.card.title);
    expect(JSON.parse(structuredData!)).to.include({ '@type': 'FAQPage' });
  });

  it('after another Lit app took "lit-html": defined, working, its FAQ data written', async () => {
    const { errors, consoleErrors, violations, defined, title, structuredData } = await report('tt-other-lit');
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(consoleErrors).to.deep.equal([]);
    // Asking for "lit-html" is refused, which Firefox reports as one violation; Chromium does not.
    expect(violations.join(), 'at most the one refused name').to.be.oneOf(['', 'trusted-types']);
    expect(defined).to.equal(true);
    expect(title).to.equal(en.card.title);
    expect(JSON.parse(structuredData!)).to.include({ '@type': 'FAQPage' });
  });

  it('with both names taken: no throw, one error saying to add allow-duplicates, the page’s own content shown', async () => {
    const result = await report('tt-no-room');
    expect(result.errors, 'uncaught errors').to.deep.equal([]);
    if (!result.trustedTypes) {
      // An engine without Trusted Types has no names to run out of: the widget simply works.
      expect(result.title).to.equal(en.card.title);
      return;
    }
    expect(result.consoleErrors).to.have.length(1);
    expect(result.consoleErrors[0])
      .to.match(/^<mms-guidance>: /)
      .and.contain("'allow-duplicates'");
    expect(result.defined).to.equal(false);
    expect(result.fallbackShown).to.equal(true);
  });
});
