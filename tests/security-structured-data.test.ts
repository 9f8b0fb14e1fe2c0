// The built bundles' FAQPage JSON-LD keeps an answer's paragraphs apart with a
// blank line (issue 17, finding 8: the build once joined them with a space).
import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { plainText } from '../src/content/rich-text.js';
import { probe } from './support/probe.js';

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
