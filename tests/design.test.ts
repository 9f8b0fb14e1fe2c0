import { expect, fixture, html } from '@open-wc/testing';
import { presets } from '../demo/presets.js';
import { contrast, readablePairs } from './support/contrast.js';
import { warningsDuringEachTest } from './support/console.js';
import { canEmulateMedia, emulate } from './support/media.js';
import { answerFor, part, questions } from './support/queries.js';
import { render, settled } from './support/widget.js';

const style = (node: Element) => getComputedStyle(node);
const surfaceOf = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  style(el.shadowRoot!.querySelector('[part="card"]')!).backgroundColor;

function expectReadable(el: Parameters<typeof readablePairs>[0], label: string) {
  for (const [what, foreground, background, minimum] of readablePairs(el)) {
    expect(contrast(foreground, background), `${label}: ${what}`).to.be.at.least(minimum);
  }
}

const warnings = warningsDuringEachTest();

describe('colour schemes', () => {
  it('is light by default', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    expect(surfaceOf(el)).to.equal('rgb(255, 255, 255)');
  });

  it('color-scheme="dark" turns dark, readable and accessible', async () => {
    const el = await render(html`<mms-guidance color-scheme="dark" open-items="mms-tag"></mms-guidance>`);
    expect(surfaceOf(el)).to.equal('rgb(18, 22, 28)');
    expect(style(part(el, 'context')).color).to.equal('rgb(232, 236, 241)');
    expectReadable(el, 'dark');
    await expect(el).to.be.accessible();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('color-scheme="auto" follows the reader\'s system setting', async () => {
    const el = await render(html`<mms-guidance color-scheme="auto"></mms-guidance>`);
    const expected = () =>
      matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(18, 22, 28)' : 'rgb(255, 255, 255)';
    expect(surfaceOf(el)).to.equal(expected());
    if (!canEmulateMedia) return;
    await emulate({ features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      expect(surfaceOf(el)).to.equal('rgb(18, 22, 28)');
      expectReadable(el, 'auto, dark');
    } finally {
      await emulate({});
    }
    expect(surfaceOf(el)).to.equal(expected());
  });

  it('color-scheme with an unknown value warns, naming it, and stays light', async () => {
    const el = await render(html`<mms-guidance color-scheme="midnight"></mms-guidance>`);
    expect(surfaceOf(el)).to.equal('rgb(255, 255, 255)');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('color-scheme="midnight" is not one of light, dark, auto; using light.');
  });

  it("checks the partner's colours again when the scheme changes at run time", async () => {
    // Light blue reads on the dark surface, not on the light one.
    const el = await render(
      html`<mms-guidance color-scheme="dark" style="--mms-guidance-accent-color: #7cc0ff"></mms-guidance>`,
    );
    expect(warnings.messages).to.deep.equal([]);
    el.colorScheme = 'light';
    await el.updateComplete;
    expect(warnings.messages.some((m) => m.includes('--mms-guidance-accent-color on --mms-guidance-surface-color'))).to
      .be.true;
  });

  it('checks the colours it inherits when it moves to another part of the page', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <div><mms-guidance></mms-guidance></div>
        <div style="--mms-guidance-text-color: #eeeeee"></div>
      </div>`,
    );
    const el = root.querySelector('mms-guidance')!;
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal([]);
    root.lastElementChild!.append(el);
    await el.updateComplete;
    expect(warnings.messages.some((m) => m.includes('--mms-guidance-text-color on --mms-guidance-surface-color'))).to.be
      .true;
  });

  it('checks after the render when the page calls refreshTheme() in the same task as a scheme change', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    el.colorScheme = 'dark';
    // Light blue reads on the dark surface the update is about to give it.
    el.style.setProperty('--mms-guidance-accent-color', '#7cc0ff');
    el.refreshTheme();
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'toggle-all')).color).to.equal('rgb(124, 192, 255)');
    expect(part(el, 'card').getAttribute('style') ?? '').to.equal('');
  });

  it('stops following the system scheme once removed from the page', async () => {
    if (!canEmulateMedia) return;
    const el = await render(html`<mms-guidance color-scheme="auto"></mms-guidance>`);
    el.remove();
    const original = window.getComputedStyle;
    let reads = 0;
    window.getComputedStyle = (...args) => {
      reads += 1;
      return original(...args);
    };
    try {
      await emulate({ features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.getComputedStyle = original;
      await emulate({});
    }
    expect(reads, 'style reads by the removed widget').to.equal(0);
  });

  it('lets a page change the scheme at run time', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    el.colorScheme = 'dark';
    await el.updateComplete;
    expect(surfaceOf(el)).to.equal('rgb(18, 22, 28)');
    expect(el.getAttribute('color-scheme')).to.equal('dark');
  });
});

describe('contrast guard', () => {
  const white = 'rgb(255, 255, 255)';
  const brands = {
    'pale yellow': 'rgb(255, 236, 140)',
    'mid green': 'rgb(76, 175, 80)',
    'dark navy': 'rgb(11, 31, 75)',
    'saturated red': 'rgb(225, 6, 0)',
    'sky blue (3.65:1 on white)': 'rgb(10, 132, 255)',
  };

  for (const [name, brand] of Object.entries(brands)) {
    it(`keeps text readable on a ${name} brand colour, warning only when it had to step in`, async () => {
      const el = await render(
        html`<div style="--mms-guidance-accent-color: ${brand}"><mms-guidance></mms-guidance></div>`,
      );
      expect(style(part(el, 'guidance-link')).backgroundColor, 'the brand colour is kept').to.equal(brand);
      expectReadable(el, name);
      const whiteOnBrand = contrast(white, brand);
      const brandOnWhite = contrast(brand, white);
      expect(
        warnings.messages.some((m) => m.includes('--mms-guidance-accent-text-color on --mms-guidance-accent-color')),
      ).to.equal(whiteOnBrand < 4.5);
      expect(warnings.messages.some((m) => m.startsWith('<mms-guidance>: --mms-guidance-accent-color on'))).to.equal(
        brandOnWhite < 4.5,
      );
    });
  }

  it("keeps a partner's own readable pair as given", async () => {
    const el = await render(html`
      <div style="--mms-guidance-accent-color: rgb(255, 236, 140); --mms-guidance-accent-text-color: rgb(40, 30, 0)">
        <mms-guidance></mms-guidance>
      </div>
    `);
    expect(style(part(el, 'guidance-link')).color).to.equal('rgb(40, 30, 0)');
    expect(warnings.messages.filter((m) => m.includes('accent-text-color'))).to.deep.equal([]);
  });

  it('contrast-guard="off" keeps the partner\'s colours, even unreadable ones', async () => {
    const el = await render(html`
      <div style="--mms-guidance-accent-color: rgb(255, 236, 140)">
        <mms-guidance contrast-guard="off"></mms-guidance>
      </div>
    `);
    const link = style(part(el, 'guidance-link'));
    expect(link.color).to.equal(white);
    expect(contrast(link.color, link.backgroundColor)).to.be.below(4.5);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('checks again when the page calls refreshTheme() after changing tokens', async () => {
    const el = await render(html`<div><mms-guidance></mms-guidance></div>`);
    el.parentElement!.style.setProperty('--mms-guidance-text-color', 'rgb(250, 250, 250)');
    el.refreshTheme();
    expect(contrast(style(part(el, 'context')).color, surfaceOf(el))).to.be.at.least(4.5);
    expect(warnings.messages[0]).to.contain('--mms-guidance-text-color on --mms-guidance-surface-color');
  });
});

describe('bad token values', () => {
  it('falls back to the default colour for one that does not parse, and names it', async () => {
    const el = await render(html`<mms-guidance style="--mms-guidance-surface-color: notacolor"></mms-guidance>`);
    expect(surfaceOf(el)).to.equal('rgb(255, 255, 255)');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0])
      .to.contain('--mms-guidance-surface-color: "notacolor" is refused: ')
      .and.contain('; using the default (#ffffff).');
  });

  it('falls back to the default radius for a negative one', async () => {
    const el = await render(html`<mms-guidance style="--mms-guidance-radius: -4px"></mms-guidance>`);
    expect(style(part(el, 'card')).borderTopLeftRadius).to.equal('8px');
    expect(warnings.messages[0])
      .to.contain('--mms-guidance-radius: "-4px" is refused: ')
      .and.contain('; using the default (0.5em).');
  });

  it('falls back for a negative space and a nonsense font weight, and stays readable', async () => {
    const el = await render(html`
      <mms-guidance style="--mms-guidance-space: -1rem; --mms-guidance-heading-font-weight: heavy"></mms-guidance>
    `);
    expect(style(part(el, 'card')).paddingTop).to.equal('20px');
    expect(style(part(el, 'title')).fontWeight).to.equal('700');
    expect(warnings.messages).to.have.length(2);
    expectReadable(el, 'after fallbacks');
  });

  it('keeps valid values without a word', async () => {
    const el = await render(
      html`<mms-guidance
        style="--mms-guidance-radius: 2px; --mms-guidance-surface-color: oklch(98% 0.01 90)"
      ></mms-guidance>`,
    );
    expect(style(part(el, 'card')).borderTopLeftRadius).to.equal('2px');
    expect(warnings.messages).to.deep.equal([]);
  });
});

describe('right to left', () => {
  for (const how of ['Urdu, right to left by itself', 'dir="rtl" set on the element']) {
    it(`mirrors the layout for ${how}`, async () => {
      const el = await render(
        how.startsWith('Urdu')
          ? html`<div style="width: 500px"><mms-guidance lang="ur"></mms-guidance></div>`
          : html`<mms-guidance dir="rtl" style="width: 500px"></mms-guidance>`,
      );
      const button = questions(el)[0]!;
      const text = button.querySelector('span:not([part])')!.getBoundingClientRect();
      const icon = part(el, 'faq-icon').getBoundingClientRect();
      expect(icon.right, 'chevron sits at the start of the line, on the left').to.be.below(text.left);
      const callout = style(part(el, 'key-message'));
      expect(parseFloat(callout.borderRightWidth)).to.be.above(parseFloat(callout.borderLeftWidth));
      const faqTitle = part(el, 'faq-title').getBoundingClientRect();
      const toggleAll = part(el, 'toggle-all').getBoundingClientRect();
      expect(toggleAll.right, '"Expand all" sits left of the FAQ heading').to.be.at.most(faqTitle.left);
    });
  }
});

describe('text direction follows the language', () => {
  it('a right-to-left page shows English left to right, and Urdu right to left', async () => {
    const page = await fixture<HTMLElement>(
      html`<div dir="rtl"><mms-guidance lang="en"></mms-guidance><mms-guidance lang="ur"></mms-guidance></div>`,
    );
    const [english, urdu] = [...page.querySelectorAll('mms-guidance')];
    await Promise.all([english!.updateComplete, urdu!.updateComplete]);
    expect(style(part(english!, 'card')).direction).to.equal('ltr');
    expect(style(part(urdu!, 'card')).direction).to.equal('rtl');
  });

  it('follows a dir the partner sets on the element itself, also later', async () => {
    const el = await render(html`<mms-guidance lang="ur" dir="ltr"></mms-guidance>`);
    expect(style(part(el, 'card')).direction).to.equal('ltr');
    el.dir = 'rtl';
    await settled(el);
    expect(style(part(el, 'card')).direction).to.equal('rtl');
  });
});

describe('fits its column', () => {
  for (const width of [280, 320, 600, 1200]) {
    it(`lays out without sideways scrolling in a ${width}px column`, async () => {
      const el = await render(
        html`<div style="width: ${width}px"><mms-guidance open-items="tablet-contents evidence"></mms-guidance></div>`,
      );
      const card = part(el, 'card');
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(card.getBoundingClientRect().width).to.be.at.most(Math.min(width, 768));
      for (const button of questions(el)) expect(button.scrollWidth).to.be.at.most(button.clientWidth);
    });
  }

  it("drops the card's border and side padding in a narrow column, whatever the viewport", async () => {
    const narrow = await render(html`<div style="width: 300px"><mms-guidance></mms-guidance></div>`);
    const wide = await render(html`<div style="width: 700px"><mms-guidance></mms-guidance></div>`);
    expect(style(part(narrow, 'card')).paddingLeft).to.equal('0px');
    expect(style(part(narrow, 'card')).borderLeftWidth).to.equal('0px');
    expect(style(part(wide, 'card')).paddingLeft).to.equal('20px');
    expect(style(part(wide, 'card')).borderLeftWidth).to.equal('1px');
  });
});

describe('print and forced colours (Chromium emulates them here)', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulate({});
  });

  it("prints every answer, writes the link out, and drops the buttons' chrome", async function () {
    const el = await render(html`<div style="width: 624px"><mms-guidance></mms-guidance></div>`);
    // Engines without emulation still ship the print rules; check they are there.
    const printRules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      // The share bar's print rule also serves scripting off: `print, (scripting: none)`.
      .filter((rule) => rule instanceof CSSMediaRule && rule.conditionText.split(/,\s*/).includes('print'));
    expect(printRules, "the element's sheet and the share bar's").to.have.length(2);
    if (!canEmulateMedia) return;
    await emulate({ media: 'print' });
    for (const button of questions(el)) expect(answerFor(button).offsetHeight, button.id).to.be.above(0);
    expect(style(part(el, 'toggle-all')).display).to.equal('none');
    expect(style(part(el, 'faq-icon')).display).to.equal('none');
    expect(style(part(el, 'share')).display).to.equal('none');
    expect(getComputedStyle(part(el, 'guidance-link'), '::after').content).to.contain(
      'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/',
    );
    const card = part(el, 'card');
    expect(card.scrollWidth, 'fits the text width of Letter (6.5in) and A4 (170mm) portrait').to.be.at.most(
      card.clientWidth,
    );
  });

  it('keeps borders, icons and focus visible in forced colours', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    if (!canEmulateMedia) {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
      return;
    }
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const link = style(part(el, 'guidance-link'));
    expect(link.borderTopStyle).to.equal('solid');
    const icon = style(part(el, 'faq-icon'));
    expect(icon.borderRightStyle).to.equal('solid');
    expect(parseFloat(icon.borderRightWidth)).to.be.above(0);
    expect(style(part(el, 'card')).borderTopStyle).to.equal('solid');
    questions(el)[0]!.focus();
    expect(style(questions(el)[0]!).outlineStyle).to.not.equal('none');
  });
});

describe('brand presets from the theme gallery', () => {
  for (const preset of presets) {
    it(`${preset.label}: every text pair meets WCAG AA`, async () => {
      const el = await render(
        html`<div><mms-guidance color-scheme=${preset.colorScheme} open-items="mms-tag"></mms-guidance></div>`,
      );
      for (const [name, value] of Object.entries(preset.tokens)) el.parentElement!.style.setProperty(name, value);
      el.refreshTheme();
      expectReadable(el, preset.id);
      await expect(el).to.be.accessible();
    });
  }
});
