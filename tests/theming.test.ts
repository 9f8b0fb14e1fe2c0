import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { tokens } from '../src/tokens.js';
import { part, parts, questions, render, renderWithoutShareSheet } from './helpers.js';

const style = (node: Element) => getComputedStyle(node);

interface Manifest {
  modules: {
    declarations?: { customElement?: boolean; cssParts: { name: string }[]; cssProperties: { name: string; default?: string }[] }[];
  }[];
}
async function documented() {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.customElement)!;
}

describe('theming', () => {
  it('takes custom properties set on an ancestor into the shadow DOM', async () => {
    const el = await render(html`
      <div style="--mms-guidance-accent-color: rgb(10, 20, 30); --mms-guidance-accent-text-color: rgb(250, 250, 240); --mms-guidance-key-message-background-color: rgb(230, 240, 250)">
        <section><mms-guidance></mms-guidance></section>
      </div>
    `);
    expect(style(part(el, 'guidance-link')).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(style(part(el, 'guidance-link')).color).to.equal('rgb(250, 250, 240)');
    expect(style(part(el, 'key-message')).backgroundColor).to.equal('rgb(230, 240, 250)');
    // The key-message border follows the accent unless set on its own.
    expect(style(part(el, 'key-message')).borderTopColor).to.equal('rgb(10, 20, 30)');
  });

  it('takes custom properties set on the element itself', async () => {
    const el = await render(html`<mms-guidance style="--mms-guidance-radius: 0px; --mms-guidance-surface-color: rgb(255, 250, 240)"></mms-guidance>`);
    expect(style(part(el, 'card')).borderTopLeftRadius).to.equal('0px');
    expect(style(part(el, 'card')).backgroundColor).to.equal('rgb(255, 250, 240)');
  });

  it('inherits the page font, buttons included, unless a token sets one', async () => {
    const el = await render(html`<div style="font-family: 'Courier New', monospace; font-size: 20px"><mms-guidance></mms-guidance></div>`);
    for (const node of [part(el, 'title'), part(el, 'context'), questions(el)[0]!, part(el, 'toggle-all')]) {
      expect(style(node).fontFamily).to.contain('Courier New');
    }
    expect(style(part(el, 'context')).fontSize).to.equal('20px');
    el.style.setProperty('--mms-guidance-font-family', 'Georgia, serif');
    expect(style(questions(el)[0]!).fontFamily).to.contain('Georgia');
  });

  it('lets the page style every documented ::part()', async () => {
    const sheet = document.createElement('style');
    const { cssParts } = await documented();
    sheet.textContent = cssParts.map((p) => `.parts mms-guidance::part(${p.name}) { outline-color: rgb(7, 8, 9); }`).join('\n');
    document.head.append(sheet);
    try {
      // French, so the unreviewed-translation notice renders too; no share sheet, so the share links do.
      const el = await renderWithoutShareSheet(html`<div class="parts"><mms-guidance lang="fr" open-items="mms-tag"></mms-guidance></div>`);
      for (const { name } of cssParts) {
        expect(parts(el, name), `part ${name}`).to.not.be.empty;
        expect(style(parts(el, name)[0]!).outlineColor, `part ${name}`).to.equal('rgb(7, 8, 9)');
      }
    } finally {
      sheet.remove();
    }
  });

  it('documents every part it renders', async () => {
    const { cssParts } = await documented();
    const el = await renderWithoutShareSheet(html`<mms-guidance lang="fr" open-items="mms-tag"></mms-guidance>`);
    const rendered = new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(' ')));
    expect([...rendered].sort()).to.deep.equal(cssParts.map((p) => p.name).sort());
  });

  it('documents every --mms-guidance-* property the styles read, and reads every one documented', async () => {
    const { cssProperties } = await documented();
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const cssText = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const used = new Set(cssText.match(/--mms-guidance-[a-z-]+/g));
    expect([...used].sort()).to.deep.equal(cssProperties.map((p) => p.name).sort());
  });

  it('documents each token with the defaults the styles use', async () => {
    const { cssProperties } = await documented();
    for (const token of tokens) {
      const doc = cssProperties.find((p) => p.name === `--mms-guidance-${token.name}`)!;
      const light = doc.default!.split('; dark ')[0];
      const dark = doc.default!.split('; dark ')[1];
      if (token.light && !token.light.startsWith('var(')) expect(light, token.name).to.equal(token.light);
      expect(dark, `${token.name} dark default`).to.equal(token.dark);
    }
  });

  it('turns off the icon animation when the reader prefers reduced motion', async () => {
    const el = await render(html`<mms-guidance></mms-guidance>`);
    const icon = part(el, 'faq-icon');
    expect(parseFloat(style(icon).transitionDuration)).to.be.greaterThan(0);
    // The stylesheet's reduced-motion rule must reach the icon in every engine...
    const reducedRules = el.shadowRoot!.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(rule.conditionText))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const iconRule = reducedRules.find((rule) => icon.matches(rule.selectorText));
    expect(iconRule, 'a reduced-motion rule for the icon').to.exist;
    expect(iconRule!.style.transitionProperty || iconRule!.style.transition).to.match(/none/);
    // ...and where the runner can emulate the preference (Chromium, through CDP), it takes effect.
    if (!/Chrome\//.test(navigator.userAgent)) return;
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(parseFloat(style(icon).transitionDuration)).to.equal(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
