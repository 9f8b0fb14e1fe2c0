// Screenshots compared with committed baselines in tests/screenshots/<browser>/baseline.
// Runs in Chromium and Firefox only: WebKit's screenshots come out blank here.
// Refresh the baselines on purpose with `npm run test:visual:update`.
import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { TemplateResult } from 'lit';
import { presets } from '../../demo/presets.js';
import '../../src/index.js';
import type { MmsGuidance } from '../../src/mms-guidance.js';
import { canEmulateMedia, emulate } from '../support/media.js';

async function shoot(name: string, template: TemplateResult, width = 560): Promise<void> {
  const frame = await fixture<HTMLElement>(
    html`<div style="width: ${width}px; padding: 8px; font: 16px/1.5 'DejaVu Sans', sans-serif; background: #fff">
      ${template}
    </div>`,
  );
  const el = frame.querySelector('mms-guidance') as MmsGuidance;
  await el.updateComplete;
  await visualDiff(frame, name);
}

describe('visual regression', () => {
  it('default', () => shoot('default', html`<mms-guidance open-items="mms-tag"></mms-guidance>`));
  it('dark', () => shoot('dark', html`<mms-guidance color-scheme="dark" open-items="mms-tag"></mms-guidance>`));
  it('right to left (Urdu)', () => shoot('rtl', html`<mms-guidance lang="ur" open-items="mms-tag"></mms-guidance>`));
  it('320px wide', () => shoot('narrow-320', html`<mms-guidance open-items="tablet-contents"></mms-guidance>`, 320));
  // A 360px phone (the frame's 8px padding makes up the width): French is the longest text, Urdu runs right to left.
  it('360px phone, French', () =>
    shoot('phone-360-fr', html`<mms-guidance lang="fr" open-items="evidence"></mms-guidance>`, 344));
  it('360px phone, Urdu', () =>
    shoot('phone-360-ur', html`<mms-guidance lang="ur" open-items="evidence"></mms-guidance>`, 344));

  for (const preset of presets) {
    it(`preset: ${preset.label}`, async () => {
      const style = Object.entries(preset.tokens)
        .map(([name, value]) => `${name}: ${value}`)
        .join('; ');
      await shoot(
        `preset-${preset.id}`,
        html`<div style="${style}; background: ${preset.page.background}; padding: 8px">
          <mms-guidance color-scheme=${preset.colorScheme}></mms-guidance>
        </div>`,
      );
    });
  }
});

// Only Chromium's protocol can emulate print and forced colours here.
if (canEmulateMedia) {
  describe('visual regression, emulated media (Chromium)', () => {
    afterEach(() => emulate({}));

    it('forced colours', async () => {
      await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
      await shoot('forced-colors', html`<mms-guidance open-items="mms-tag"></mms-guidance>`);
    });

    it('print', async () => {
      await emulate({ media: 'print' });
      await shoot('print', html`<mms-guidance></mms-guidance>`, 624);
    });
  });
}
