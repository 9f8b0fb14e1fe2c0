// Rich text is scanned in linear time, and once per text, not on every render
// (issue 17, finding 5). Work is counted, not timed: bench/ times it.
import { expect, html } from '@open-wc/testing';
import { plainText, unsafeLinks } from '../src/content/rich-text.js';
import { linkProtocols, safeUrl } from '../src/internal/urls.js';
import { question } from './support/queries.js';
import { render, settled, widgetWithContent } from './support/widget.js';

/** The pattern rich text used to be read with: the scan must read every text the same way. */
const markup = /\[([^\]]+)\]\(([^)\s]+)\)|\*([^*]+)\*/g;

/** A small deterministic generator, so a failure names a text that can be replayed. */
function* texts(count: number): Generator<string> {
  let seed = 17;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = ['[', ']', '(', ')', '*', ' ', 'a', 'b', 'javascript:x', 'https://e.org', '\n'];
  for (let i = 0; i < count; i++) {
    yield Array.from(
      { length: Math.floor(random() * 24) },
      () => alphabet[Math.floor(random() * alphabet.length)],
    ).join('');
  }
}

/**
 * The work rich text does, counted where it happens: every RegExp exec call
 * (test(), replace() and the rest go through it too) while the counter is on.
 * A scan starts by asking its markup finder, /[[*]/g, from position 0; the
 * characters searched run from where a search starts to its match, or the end.
 */
const work = { scans: 0, searched: 0 };
const exec = RegExp.prototype.exec;
function countRegexWork(this: RegExp, text: string): RegExpExecArray | null {
  const from = this.global || this.sticky ? this.lastIndex : 0;
  const match = exec.call(this, text);
  if (this.source === '[[*]' && from === 0) work.scans++;
  work.searched += (match?.index ?? text.length) - from;
  return match;
}
before(() => (RegExp.prototype.exec = countRegexWork));
after(() => (RegExp.prototype.exec = exec));

// First, while few texts are remembered (the memory is cleared at 500).
describe('rich text in the widget', () => {
  it('is scanned when the content changes, not when a question is toggled', async () => {
    const keyMessage = `${'[a](b'.repeat(700)} once`;
    const answer = ['See [the guidance](https://example.org/a) *now*.', `${'[x]('.repeat(900)} end`];
    const before = work.scans;
    const el = await render(
      html`<div>${widgetWithContent({ en: { card: { keyMessage }, faq: { evidence: { answer } } } })}</div>`,
    );
    await settled(el);
    const afterLoad = work.scans;
    expect(afterLoad, 'each new text scanned').to.be.above(before);
    for (let i = 0; i < 6; i++) {
      question(el, 'evidence').click();
      await settled(el);
    }
    expect(question(el, 'evidence').getAttribute('aria-expanded')).to.equal('false');
    expect(work.scans, 'scans after six toggles').to.equal(afterLoad);
    const fresh = 'A changed key message with a [link](https://example.org/b).';
    // Only the key message changes; every other text on screen was scanned before.
    el.querySelector('script')!.textContent = JSON.stringify({
      en: { card: { keyMessage: fresh }, faq: { evidence: { answer } } },
    });
    await settled(el);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="key-message-text"]')!.textContent).to.equal(
      'A changed key message with a link.',
    );
    expect(work.scans, 'the changed text scanned once').to.equal(afterLoad + 1);
  });
});

describe('rich text scanning', () => {
  it('reads 3,000 generated texts exactly as the old pattern did', () => {
    for (const text of texts(3000)) {
      expect(plainText(text), JSON.stringify(text)).to.equal(text.replace(markup, '$1$3'));
      const old = [...text.matchAll(markup)].flatMap(([, , url]) => (url && !safeUrl(url, linkProtocols) ? [url] : []));
      expect(unsafeLinks(text), JSON.stringify(text)).to.deep.equal(old);
    }
  });

  const hostile: [string, string][] = [
    ['unclosed links', '[a](b'],
    ['unclosed labels', '[a'],
    ['labels never followed by a URL', '[a]'],
    ['URLs broken by spaces', '[a](b c'],
    ['lone stars', '*'],
    ['a mix', '[*a](*b ]('],
  ];
  for (const [what, unit] of hostile) {
    it(`does work in proportion to the length for ${what}`, () => {
      const costs = [5_000, 10_000, 20_000, 40_000].map((count) => {
        const text = `${unit.repeat(count)}#${count}${what}`; // new each time, so nothing is remembered
        const before = { ...work };
        plainText(text);
        return {
          scans: work.scans - before.scans,
          perCharacter: (work.searched - before.searched) / text.length,
        };
      });
      for (const each of costs) {
        expect(each.scans).to.equal(1);
        expect(each.perCharacter, 'characters searched per character of text').to.be.at.most(4);
      }
    });
  }
});
