// The built bundles' FAQPage JSON-LD keeps an answer's paragraphs apart with a
// blank line (issue 17, finding 8: the build once joined them with a space).
// The widget writes it only into a JSON-LD script, through a policy that
// makes nothing but JSON (issue 27, finding 6).
import { expect, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { plainText } from '../src/content/rich-text.js';
import { ownPolicy } from '../src/internal/own-policy.js';
import { probe } from './support/probe.js';
import { render } from './support/widget.js';

describe('the built bundle’s FAQ data', () => {
  it('joins answer paragraphs with a blank line', async () => {
    const { structuredData } = await probe('/tests/pages/strict.html');
    const answers = (
      JSON.parse(structuredData!) as { mainEntity: { acceptedAnswer: { text: string } }[] }
    ).mainEntity.map((item) => item.acceptedAnswer.text);
    const expected = Object.values(en.faq).map((item) => item.answer.map(plainText).join('\n\n'));
    expect(
      expected.some((text) => text.includes('\n\n')),
      'some answer has paragraphs',
    ).to.equal(true);
    expect(answers).to.deep.equal(expected);
  });

  for (const bundle of ['mms-guidance.js', 'mms-guidance.iife.js', 'mms-guidance.en.js', 'mms-guidance.ur.js']) {
    it(`${bundle} joins with "\\n\\n", not a space`, async () => {
      const code = await (await fetch(`/dist/${bundle}`)).text();
      const join = /acceptedAnswer:\{[^}]*\.join\(([^)]*)\)/.exec(code);
      expect(join, 'the acceptedAnswer join').to.not.equal(null);
      expect(join![1]).to.equal('"\\n\\n"');
    });
  }
});

describe('the FAQ data’s script', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const markers = () => [...document.head.querySelectorAll('script[data-mms-guidance-faq]')];

  beforeEach(() => addEventListener('error', onError));
  afterEach(() => {
    removeEventListener('error', onError);
    errors.length = 0;
    for (const script of markers()) script.remove();
  });

  it('is never a classic script already on the page carrying the marker', async () => {
    // Empty, so not yet run: text written into it later would run as a script.
    const classic = document.createElement('script');
    classic.setAttribute('data-mms-guidance-faq', '');
    document.head.append(classic);
    await render(html`<mms-guidance structured-data></mms-guidance>`);
    expect(classic.textContent, 'the classic script').to.equal('');
    const written = markers().filter((script) => script.getAttribute('type') === 'application/ld+json');
    expect(written).to.have.length(1);
    expect((JSON.parse(written[0]!.textContent!) as { '@type': string })['@type']).to.equal('FAQPage');
    expect(errors, 'errors on the page').to.deep.equal([]);
  });

  it('is written through a policy that turns away anything but JSON', () => {
    const policy = ownPolicy();
    if (!('trustedTypes' in window)) {
      expect(policy === undefined, 'no policy where the browser has no Trusted Types').to.equal(true);
      return;
    }
    expect(String(policy!.createScript('{"@type":"FAQPage"}'))).to.equal('{"@type":"FAQPage"}');
    for (const script of ['alert(1)', '{"a":1};alert(1)', ''])
      expect(() => policy!.createScript(script), JSON.stringify(script)).to.throw(SyntaxError);
  });
});
