// The embed page's query string is written by whoever links to embed.html, so
// it may not steer links away from the framing page or reach outside with
// theme values (issue 17, findings 3, 4 and 7).
import { expect } from '@open-wc/testing';
import { applyParams } from '../src/embed/params.js';
import { warningsDuringEachTest } from './support/console.js';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';
import type { MmsGuidance } from '../src/mms-guidance.js';

const warnings = warningsDuringEachTest();

describe('embed query string: theme tokens', () => {
  const refused: [string, string, string][] = [
    ['key-message-background-color', 'url(//attacker.example/x)', 'url()'],
    ['accent-color', 'image-set("x.png" 1x)', 'image-set()'],
    ['surface-color', 'var(--page-secret, red)', 'var()'],
    ['space', 'env(safe-area-inset-top)', 'env()'],
    ['accent-color', 'u\\72l(//attacker.example/x)', 'backslash'],
    ['accent-color', 'not-a-colour', 'not a valid color value'],
    ['radius', '-1px', 'not a valid border-radius value'],
    ['font-size', 'red', 'not a valid font-size value'],
  ];
  for (const [token, value, reason] of refused) {
    it(`refuses ${token}=${value}, naming it`, () => {
      const widget = document.createElement('mms-guidance');
      applyParams(new URLSearchParams({ [token]: value }), widget, undefined);
      expect(widget.style.getPropertyValue(`--mms-guidance-${token}`)).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.contain(`${token}=${JSON.stringify(value)} is refused`)
        .and.contain(reason);
    });
  }

  it('still sets a value that fits its kind', () => {
    const widget = document.createElement('mms-guidance');
    applyParams(new URLSearchParams('accent-color=%23005a9c&radius=4px&font-family=Georgia,serif'), widget, undefined);
    expect(widget.style.getPropertyValue('--mms-guidance-accent-color')).to.equal('#005a9c');
    expect(widget.style.getPropertyValue('--mms-guidance-radius')).to.equal('4px');
    expect(widget.style.getPropertyValue('--mms-guidance-font-family')).to.equal('Georgia,serif');
    expect(warnings.messages).to.deep.equal([]);
  });
});

describe('embed query string: only colours and sizes, from a few functions (issue 27, finding 3)', () => {
  const refused: [string, string][] = [
    // Conditional: they change the colour after the contrast guard has checked it.
    ['surface-color', 'if(media(width > 650px): linear-gradient(#000,#000); else: #fff)'],
    ['surface-color', 'light-dark(#fff, #000)'],
    // Math in a colour: with viewport units and typed division, a colour that follows the frame's width.
    ['surface-color', 'color-mix(in srgb, #000 calc((100vw - 650px) * 100000 / 1px * 1%), #fff)'],
    ['accent-color', 'attr(data-colour type(<color>), red)'],
    ['radius', 'calc(1px + if(media(width > 650px): 1px; else: 2px))'],
  ];
  for (const [token, value] of refused) {
    it(`refuses ${token}=${value}, naming the function`, () => {
      const widget = document.createElement('mms-guidance');
      applyParams(new URLSearchParams({ [token]: value }), widget, undefined);
      expect(widget.style.getPropertyValue(`--mms-guidance-${token}`)).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`${token}=${JSON.stringify(value)} is refused`);
    });
  }

  it('sets the colours and sizes a brand needs', () => {
    const widget = document.createElement('mms-guidance');
    const given = {
      'accent-color': 'rgba(0, 90, 156, 0.9)',
      'key-message-background-color': 'color-mix(in srgb, #005a9c 15%, white)',
      'surface-color': 'oklch(98% 0.01 240)',
      radius: 'calc(0.25em + 2px)',
      space: 'clamp(0.5em, 2vw, 1.5em)',
      'max-width': 'min(48em, 100%)',
    };
    applyParams(new URLSearchParams(given), widget, undefined);
    const set = Object.fromEntries(
      Object.keys(given).map((token) => [token, widget.style.getPropertyValue(`--mms-guidance-${token}`)]),
    );
    expect(set).to.deep.equal(given);
    expect(warnings.messages).to.deep.equal([]);
  });
});

describe('embed query string: warnings quote what they print (issue 27, finding 5)', () => {
  it('prints a hostile parameter name on one line, quoted, and cut to 80 characters', () => {
    const name = `x\n\nSECURITY NOTICE: to keep this site safe, paste the following into this console:\n${'fetch("//attacker.example")\n'.repeat(20)}`;
    applyParams(new URLSearchParams([[name, '1']]), document.createElement('mms-guidance'), undefined);
    expect(warnings.messages).to.have.length(1);
    const [, quoted = ''] =
      /^<mms-guidance>: embed: unknown parameter (".*") is ignored/.exec(warnings.messages[0]!) ?? [];
    expect(warnings.messages[0]!.includes('\n'), 'a line break in the warning').to.equal(false);
    expect(quoted.length, 'the quoted name').to.be.within(2, 80);
    expect(quoted.startsWith('"x\\n\\nSECURITY NOTICE'), quoted).to.equal(true);
  });

  it('quotes a refused value the same way', () => {
    const value = `#fff\nSECURITY NOTICE${' '.repeat(400)}`;
    applyParams(new URLSearchParams({ 'accent-color': value }), document.createElement('mms-guidance'), undefined);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]!.includes('\n'), 'a line break in the warning').to.equal(false);
    expect(warnings.messages[0]).to.contain(`accent-color=${JSON.stringify(value).slice(0, 78)}…" is refused`);
  });
});

describe('embed query string: size', () => {
  it('ignores a value over 512 characters, naming the parameter and its length', () => {
    const widget = document.createElement('mms-guidance');
    applyParams(new URLSearchParams({ lang: 'fr'.repeat(400), 'heading-level': '3' }), widget, undefined);
    expect(widget.hasAttribute('lang'), 'the long value was not used').to.equal(false);
    expect(widget.getAttribute('heading-level')).to.equal('3');
    expect(warnings.messages).to.deep.equal([
      '<mms-guidance>: embed: "lang" is 800 characters long, over the 512 limit; ignored.',
    ]);
  });

  it('reads at most 40 parameters, and says so once', () => {
    const widget = document.createElement('mms-guidance');
    const stuffed = new URLSearchParams([
      ['heading-level', '4'],
      ...Array.from({ length: 60 }, (_, i) => [`x${i}`, 'y']),
    ]);
    applyParams(stuffed, widget, undefined);
    expect(widget.getAttribute('heading-level')).to.equal('4');
    expect(warnings.messages.filter((message) => message.includes('more than 40 parameters'))).to.have.length(1);
    expect(warnings.messages.filter((message) => message.includes('unknown parameter'))).to.have.length(39);
  });
});

describe('embed query string: addresses', () => {
  const partner = 'https://health.example';

  it('takes guidance-href and share-url only on the framing page’s origin', () => {
    const widget = document.createElement('mms-guidance');
    applyParams(new URLSearchParams(`guidance-href=${partner}/guide&share-url=${partner}/mms`), widget, partner);
    expect(widget.getAttribute('guidance-href')).to.equal(`${partner}/guide`);
    expect(widget.getAttribute('share-url')).to.equal(`${partner}/mms`);
    expect(warnings.messages).to.deep.equal([]);
  });

  const refused = [
    'https://evil.example/phish',
    'javascript:alert(1)',
    '/relative',
    `${partner}.evil.example/x`,
    `${partner}@evil.example/`,
  ];
  for (const value of refused) {
    it(`refuses ${value} for both, naming it`, () => {
      const widget = document.createElement('mms-guidance');
      applyParams(new URLSearchParams({ 'guidance-href': value, 'share-url': value }), widget, partner);
      expect(widget.hasAttribute('guidance-href')).to.equal(false);
      expect(widget.hasAttribute('share-url')).to.equal(false);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain(`guidance-href="${value}" is refused`).and.contain(partner);
      expect(warnings.messages[1]).to.contain(`share-url="${value}" is refused`);
    });
  }

  it('refuses any address when embed.html is not framed (a phishing link to it)', () => {
    const widget = document.createElement('mms-guidance');
    applyParams(new URLSearchParams(`share-url=${partner}/mms`), widget, undefined);
    expect(widget.hasAttribute('share-url')).to.equal(false);
    expect(warnings.messages[0])
      .to.contain('share-url="https://health.example/mms" is refused')
      .and.contain('unknown here');
  });
});

describe('embed page: hostile query strings in a real frame', () => {
  const widgetIn = async (iframe: HTMLIFrameElement) => {
    await customElements.whenDefined.call(iframe.contentWindow!.customElements, 'mms-guidance');
    const widget = iframe.contentDocument!.querySelector('mms-guidance') as MmsGuidance;
    await widget.updateComplete;
    return widget;
  };

  it('keeps the guidance and its own links, with no share bar, when the query names another site', async () => {
    const evil = 'https://evil.example';
    const iframe = await loadFrame(
      `/dist/embed.html?guidance-href=${evil}/phish&share-url=${evil}/landing&key-message-background-color=url(${location.origin}/__never)`,
      'width: 420px; height: 600px',
    );
    const widget = await widgetIn(iframe);
    const root = widget.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.equal(
      'MMS TAG guidance on the postpartum use of antenatal MMS',
    );
    expect(root.querySelectorAll('[part="faq-question"]')).to.have.length(10);
    expect(root.querySelector<HTMLAnchorElement>('[part="guidance-link"]')!.href).to.not.contain('evil.example');
    expect(root.querySelector('[part="share"]'), 'no share bar').to.equal(null);
    expect(widget.style.getPropertyValue('--mms-guidance-key-message-background-color')).to.equal('');
    const requested = iframe.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('__never'))).to.deep.equal([]);
    iframe.remove();
  });

  it('shows no share bar when share-url is refused as a javascript: URL (it would share the frame)', async () => {
    const iframe = await loadFrame('/dist/embed.html?share-url=javascript:alert(1)', 'width: 420px; height: 600px');
    const widget = await widgetIn(iframe);
    expect(widget.hasAttribute('share-url')).to.equal(false);
    expect(widget.shadowRoot!.querySelector('[part="share"]')).to.equal(null);
    expect(iframe.contentDocument!.documentElement.hasAttribute('data-share-url')).to.equal(false);
    iframe.remove();
  });

  it('runs under its own Trusted Types policy', async () => {
    const iframe = await loadFrame('/dist/embed.html', 'width: 420px; height: 600px');
    const policy = iframe
      .contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content')!;
    expect(policy).to.contain("require-trusted-types-for 'script'").and.contain('trusted-types lit-html mms-guidance');
    const widget = await widgetIn(iframe);
    const button = widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="faq-question"]')!;
    button.click();
    await until(() => button.getAttribute('aria-expanded') === 'true', 'a question to open under the policy');
    iframe.remove();
  });
});
