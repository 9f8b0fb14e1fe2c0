// The theme gallery and playground (demo/themes.html) as a partner sees it,
// on a desktop and on a phone: it must explain the contrast guard where it acts.
import { expect } from '@open-wc/testing';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';

const open = async (width: number) =>
  (await loadFrame('/demo/themes.html', `width: ${width}px; height: 900px`)).contentDocument!;

const previewReady = (doc: Document) => () =>
  !!doc.querySelector('#preview mms-guidance')?.shadowRoot?.querySelector('[part="guidance-link"]') &&
  doc.querySelectorAll('#gallery .guard-note').length > 0;

const presetBox = (doc: Document, label: string) =>
  [...doc.querySelectorAll<HTMLElement>('#gallery .preset')].find(
    (box) => box.querySelector('h3')!.textContent === label,
  )!;

describe('theme gallery', () => {
  it('lays the four presets out two by two, none alone on its row', async () => {
    const doc = await open(1280);
    await until(previewReady(doc), 'the gallery');
    const tops = [...doc.querySelectorAll('#gallery .preset')].map((box) =>
      Math.round(box.getBoundingClientRect().top),
    );
    expect(tops).to.have.length(4);
    expect(tops[0]).to.equal(tops[1]);
    expect(tops[2]).to.equal(tops[3]);
  });

  it('says, above the UN card, why the contrast guard changed its colours, and nothing above the others', async () => {
    const doc = await open(1280);
    await until(previewReady(doc), 'the gallery');
    const note = presetBox(doc, 'A UN agency').querySelector('.guard-note')!.textContent!;
    expect(note).to.contain(
      '--mms-guidance-accent-text-color #ffffff on --mms-guidance-accent-color #009edb is only 3.04:1',
    );
    expect(note).to.contain('uses #000000');
    for (const label of ['A ministry of health', 'An NGO', 'A dark site']) {
      expect(presetBox(doc, label).querySelector('.guard-note'), label).to.equal(null);
    }
    expect(doc.querySelector('main')!.textContent).to.contain('contrast-guard="off"');
  });
});

describe('theme playground', () => {
  it('shows defaults as a partner writes them: no private names, the key-message border in the accent colour', async () => {
    const doc = await open(1280);
    await until(previewReady(doc), 'the playground');
    const field = (name: string) => doc.querySelector<HTMLInputElement>(`[name="--mms-guidance-${name}"]`)!;
    for (const input of doc.querySelectorAll<HTMLInputElement>('#tokens input')) {
      expect(input.placeholder, input.name).to.not.contain('--_');
    }
    expect(field('heading-font-family').placeholder).to.equal('same as font-family');
    expect(field('key-message-border-color').value).to.equal('#005a9c');
    field('accent-color').value = '#7a1fa2';
    field('accent-color').dispatchEvent(new Event('input', { bubbles: true }));
    expect(field('key-message-border-color').value, 'follows the accent until set').to.equal('#7a1fa2');
  });

  it('explains the guard beside the preview when a choice trips it, and clears the note when it no longer does', async () => {
    const doc = await open(1280);
    await until(previewReady(doc), 'the playground');
    const note = doc.getElementById('guard-note')!;
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.textContent).to.equal('');
    const start = doc.getElementById('start') as HTMLSelectElement;
    start.value = 'un-agency';
    start.dispatchEvent(new Event('change'));
    await until(() => note.textContent!.includes('3.04:1'), 'the note on the UN preset');
    start.value = 'ministry';
    start.dispatchEvent(new Event('change'));
    await until(() => note.textContent === '', 'the note to clear');
  });

  it('on a phone, puts the preview right after the preset choice, above the token controls', async () => {
    const doc = await open(360);
    await until(previewReady(doc), 'the playground');
    const top = (selector: string) => doc.querySelector(selector)!.getBoundingClientRect().top;
    expect(top('#preview')).to.be.above(top('#start'));
    expect(top('#preview')).to.be.below(top('#tokens'));
  });
});
