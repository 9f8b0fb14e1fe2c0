import { contrastRatio, toRgb } from '../src/theme/contrast.js';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { readablePairs } from '../src/theme/theme-guard.js';
import { defaultFor, tokens, type ColorScheme } from '../src/theme/tokens.js';
import { copyText } from './copy.js';
import { presetCss, presets, type Preset } from './presets.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** `accent-ink` is the private name of the accent colour used as text; partners set the accent colour. */
const publicName = (name: string) => (name === 'accent-ink' ? 'accent-color' : name);

const hex = (color: string) => {
  const { r, g, b } = toRgb(color);
  return `#${[r, g, b].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
};

const card = (widget: MmsGuidance) => widget.renderRoot.querySelector('[part="card"]') as HTMLElement;

/**
 * What the widget's theme guard changed, in words: it writes each change as
 * an inline private property on the card (and warns in the console), so the
 * page reads them there and says why, with the ratios.
 */
function guardNotes(widget: MmsGuidance): string[] {
  const changed = card(widget).style;
  const scheme: ColorScheme = widget.colorScheme === 'dark' ? 'dark' : 'light';
  const used = getComputedStyle(card(widget));
  const given = (name: string) => {
    const token = tokens.find((t) => t.name === publicName(name));
    const value = getComputedStyle(widget)
      .getPropertyValue(`--mms-guidance-${publicName(name)}`)
      .trim();
    return value || (token ? defaultFor(token, scheme) : '');
  };
  return [...changed].map((property) => {
    const name = property.slice('--_'.length);
    const pair = readablePairs.find(([foreground]) => foreground === name);
    const replacement = changed.getPropertyValue(property);
    if (!pair)
      return `--mms-guidance-${name} is not a valid value here, so the widget uses its default (${replacement}).`;
    const [, background, minimum] = pair;
    const back = used.getPropertyValue(`--_${background}`).trim();
    const ratio = (color: string) => contrastRatio(toRgb(color), toRgb(back)).toFixed(2);
    const asText = name === 'accent-ink' ? ' as text (outlined buttons, links, icons)' : '';
    return (
      `--mms-guidance-${publicName(name)} ${hex(given(name))}${asText} on --mms-guidance-${background} ${hex(back)} ` +
      `is only ${ratio(given(name))}:1, below the ${minimum}:1 WCAG AA asks, so the widget uses ${replacement} (${ratio(replacement)}:1).`
    );
  });
}

/** Puts the guard's notes in a box in `place`, or empties it when the guard kept every colour. */
function showGuardNotes(place: HTMLElement, widget: MmsGuidance): void {
  const notes = guardNotes(widget);
  if (notes.length === 0) {
    place.replaceChildren();
    return;
  }
  const box = Object.assign(document.createElement('div'), { className: 'guard-note' });
  const list = document.createElement('ul');
  list.append(...notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
  box.append(Object.assign(document.createElement('p'), { textContent: 'The contrast guard stepped in:' }), list);
  place.replaceChildren(box);
}

function dressPage(box: HTMLElement, preset: Preset): void {
  box.style.background = preset.page.background;
  box.style.color = preset.page.color;
  box.style.fontFamily = preset.page.fontFamily;
  for (const [name, value] of Object.entries(preset.tokens)) box.style.setProperty(name, value);
}

// Gallery: each preset on its own page background, with what the guard changed, if anything.
for (const preset of presets) {
  const box = document.createElement('section');
  box.className = 'preset';
  box.setAttribute('aria-labelledby', `preset-${preset.id}`);
  const title = document.createElement('h3');
  title.id = `preset-${preset.id}`;
  title.textContent = preset.label;
  const widget = document.createElement('mms-guidance') as MmsGuidance;
  widget.setAttribute('heading-level', '4');
  widget.setAttribute('open-items', 'leftover-tablets');
  widget.setAttribute('color-scheme', preset.colorScheme);
  const notes = document.createElement('div');
  box.append(title, notes, widget);
  dressPage(box, preset);
  byId('gallery').append(box);
  void customElements.whenDefined('mms-guidance').then(async () => {
    await widget.updateComplete;
    showGuardNotes(notes, widget);
  });
}

// Playground: an input per token, a live preview, and the CSS to copy.
const preview = byId('preview');
const widget = preview.querySelector('mms-guidance') as MmsGuidance;
const chosen = new Map<string, string>();
const inputs = new Map<string, HTMLInputElement>();

function showCss(): void {
  byId('css').textContent = presetCss(Object.fromEntries(chosen));
}

/** Colour swatches the reader has not set show the colour the widget uses now (a default may follow another token). */
function showUsedColours(): void {
  const used = getComputedStyle(card(widget));
  for (const [name, input] of inputs) {
    if (input.type === 'color' && !chosen.has(name))
      input.value = hex(used.getPropertyValue(name.replace('--mms-guidance-', '--_')).trim());
  }
}

function setToken(name: string, value: string): void {
  if (value) chosen.set(name, value);
  else chosen.delete(name);
  preview.style.setProperty(name, value || null);
  widget.refreshTheme();
  showCss();
}

/** After any change: the swatches and the guard's notes follow. */
function refresh(): void {
  showUsedColours();
  showGuardNotes(byId('guard-note'), widget);
}

/** A default that is another token's value, said as a partner would write it. */
const placeholderFor = (light: string | undefined) =>
  light === undefined ? 'inherited from the page' : light.replace(/^var\(--_(.+)\)$/, 'same as $1');

for (const token of tokens) {
  const name = `--mms-guidance-${token.name}`;
  const label = document.createElement('label');
  label.textContent = token.name;
  const input = document.createElement('input');
  input.type = token.validAs ? 'text' : 'color';
  input.name = name;
  if (token.validAs) input.placeholder = placeholderFor(token.light);
  input.addEventListener('input', () => {
    setToken(name, input.value);
    refresh();
  });
  inputs.set(name, input);
  label.append(input);
  byId('tokens').append(label);
}

const start = byId<HTMLSelectElement>('start');
start.add(new Option('Default theme', ''));
for (const preset of presets) start.add(new Option(preset.label, preset.id));
start.addEventListener('change', async () => {
  for (const name of [...chosen.keys()]) {
    const input = inputs.get(name);
    if (input) input.value = '';
    setToken(name, '');
  }
  const preset = presets.find((p) => p.id === start.value);
  widget.colorScheme = preset?.colorScheme ?? 'light';
  await widget.updateComplete;
  for (const [name, value] of Object.entries(preset?.tokens ?? {})) {
    const input = inputs.get(name);
    if (input) input.value = value;
    setToken(name, value);
  }
  refresh();
});

byId('copy').addEventListener('click', () => copyText(byId('css'), byId('copy-status')));

showCss();
void customElements.whenDefined('mms-guidance').then(async () => {
  await widget.updateComplete;
  refresh();
});
