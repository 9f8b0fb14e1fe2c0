// A partner's brand in dark mode: the configurator's snippet keeps the brand's
// hue on the buttons and reads at WCAG AA, so the contrast guard has nothing to
// swap and logs nothing. Rendered from the snippet text, as a partner pastes it.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { contrastRatio, toRgb } from '../src/theme/contrast.js';
import { warningsDuringEachTest } from './support/console.js';
import { loadFrame } from './support/frames.js';
import { canEmulateMedia, emulate } from './support/media.js';
import { part, parts } from './support/queries.js';
import { until } from './support/until.js';

const warnings = warningsDuringEachTest();
const green = '#1b6b3a';
const paleGreen = '#eaf6ee';

/** The configurator's snippet (script and element, or iframe) for a green brand in the given scheme. */
async function snippetFor(scheme: 'auto' | 'dark', kind: 'script' | 'iframe' = 'script'): Promise<string> {
  const frame = await loadFrame('/demo/configurator.html', 'width: 1200px; height: 900px');
  const doc = frame.contentDocument!;
  const snippet = doc.getElementById('snippet')!;
  await until(() => snippet.textContent!.includes('sha384-'), 'the snippet');
  doc.querySelector<HTMLInputElement>(`[name="kind"][value="${kind}"]`)!.checked = true;
  for (const [name, value] of [
    ['color-scheme', scheme],
    ['accent-color', green],
    ['key-message-background-color', paleGreen],
  ]) {
    const field = doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    field.value = value!;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const text = snippet.textContent!;
  frame.remove();
  return text;
}

/** Puts the snippet in the page as a partner would, but for its script: this page has the widget already. */
async function paste(snippet: string): Promise<MmsGuidance> {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  template.content.querySelectorAll('script[src]').forEach((script) => script.remove());
  const host = document.body.appendChild(document.createElement('div'));
  host.append(template.content);
  const el = host.querySelector('mms-guidance')!;
  await el.updateComplete;
  return el;
}

/** A colour's hue in degrees, from its sRGB bytes. */
function hueOf(color: string): number {
  const { r, g, b } = toRgb(color);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return h * 60;
}

const rgbText = (color: string) => {
  const { r, g, b } = toRgb(color);
  return `rgb(${r}, ${g}, ${b})`;
};

/** The value the snippet gives a token in its dark-mode rules: the last declaration of it. */
const darkValue = (snippet: string, name: string) =>
  [...snippet.matchAll(new RegExp(`--mms-guidance-${name}: (#[0-9a-f]{6});`, 'g'))].pop()?.[1] ?? '';

/** What the reader sees of the brand: the filled button, the outlined buttons and links, the chevrons, the callout. */
function colours(el: MmsGuidance) {
  return {
    button: getComputedStyle(part(el, 'guidance-link')).backgroundColor,
    outlined: [
      ...new Set(
        ['toggle-all', 'share-button', 'share-link'].flatMap((name) =>
          parts(el, name).map((control) => getComputedStyle(control).color),
        ),
      ),
    ],
    icons: [...new Set(parts(el, 'faq-icon').map((icon) => getComputedStyle(icon).borderRightColor))],
    callout: getComputedStyle(part(el, 'key-message')).backgroundColor,
  };
}

describe('embed configurator: a brand colour in dark mode', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.remove()));

  it('"dark": the brand hue, light enough to read on the dark card, on every button; nothing swapped', async () => {
    const snippet = await snippetFor('dark');
    const accent = darkValue(snippet, 'accent-color');
    const callout = darkValue(snippet, 'key-message-background-color');
    expect(Math.abs(hueOf(accent) - hueOf(green)), `${accent} keeps the hue of ${green}`).to.be.below(3);
    expect(Math.abs(hueOf(callout) - hueOf(paleGreen)), `${callout} keeps the hue of ${paleGreen}`).to.be.below(3);
    const el = await paste(snippet);
    expect(warnings.messages).to.deep.equal([]);
    expect(colours(el)).to.deep.equal({
      button: rgbText(accent),
      outlined: [rgbText(accent)],
      icons: [rgbText(accent)],
      callout: rgbText(callout),
    });
  });

  it('"follow the device": the brand as given in light, its dark counterpart in dark, with no contrast warning', async () => {
    const snippet = await snippetFor('auto');
    expect(snippet).to.contain('@media (prefers-color-scheme: dark)');
    const accent = darkValue(snippet, 'accent-color');
    const callout = darkValue(snippet, 'key-message-background-color');
    if (canEmulateMedia) await emulate({ features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    try {
      const el = await paste(snippet);
      if (!matchMedia('(prefers-color-scheme: dark)').matches) {
        expect(colours(el)).to.deep.equal({
          button: rgbText(green),
          outlined: [rgbText(green)],
          icons: [rgbText(green)],
          callout: rgbText(paleGreen),
        });
      }
      // Only Chromium's protocol can turn the device dark here.
      if (!canEmulateMedia) return;
      await emulate({ features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
      await until(() => matchMedia('(prefers-color-scheme: dark)').matches, 'a dark device');
      el.refreshTheme();
      expect(warnings.messages).to.deep.equal([]);
      expect(colours(el)).to.deep.equal({
        button: rgbText(accent),
        outlined: [rgbText(accent)],
        icons: [rgbText(accent)],
        callout: rgbText(callout),
      });
      expect(getComputedStyle(part(el, 'card')).backgroundColor, 'the dark card').to.equal('rgb(18, 22, 28)');
    } finally {
      if (canEmulateMedia) await emulate({});
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it("docs/theming.md shows the configurator's pattern, with the colours it writes", async () => {
    const snippet = await snippetFor('auto');
    const docs = await (await fetch('/docs/theming.md')).text();
    const declarations = snippet.match(/--mms-guidance-[a-z-]+: #[0-9a-f]{6};/g) ?? [];
    expect(declarations).to.have.length(4);
    const example = docs.slice(docs.indexOf('## Your brand in dark mode'));
    expect(example).to.contain('@media (prefers-color-scheme: dark) {');
    expect(declarations.filter((declaration) => !example.includes(declaration))).to.deep.equal([]);
  });

  it('the iframe: "dark" passes the dark counterparts; "follow the device" says a frame carries one set', async () => {
    const dark = await snippetFor('dark', 'iframe');
    const accent = darkValue(await snippetFor('dark'), 'accent-color');
    const query = new URLSearchParams(dark.match(/embed\.html\?([^"]+)"/)?.[1]?.replace(/&amp;/g, '&'));
    expect(query.get('accent-color')).to.equal(accent);
    expect(dark).to.not.contain('one set of colours');
    const auto = await snippetFor('auto', 'iframe');
    expect(auto).to.contain('<!-- A frame takes one set of colours for both schemes');
  });

  it('each dark counterpart meets WCAG AA with the dark colours it is read with', async () => {
    const snippet = await snippetFor('auto');
    const accent = toRgb(darkValue(snippet, 'accent-color'));
    const callout = toRgb(darkValue(snippet, 'key-message-background-color'));
    // The dark defaults: surface, accent text, key-message text.
    expect(contrastRatio(accent, toRgb('#12161c'))).to.be.at.least(4.5);
    expect(contrastRatio(toRgb('#0b1826'), accent)).to.be.at.least(4.5);
    expect(contrastRatio(toRgb('#eaf3fc'), callout)).to.be.at.least(4.5);
  });
});
