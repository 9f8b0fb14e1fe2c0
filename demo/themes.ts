import type { MmsGuidance } from '../src/mms-guidance.js';
import { tokens } from '../src/tokens.js';
import { copyText } from './copy.js';
import { presetCss, presets, type Preset } from './presets.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function dressPage(box: HTMLElement, preset: Preset): void {
  box.style.background = preset.page.background;
  box.style.color = preset.page.color;
  box.style.fontFamily = preset.page.fontFamily;
  for (const [name, value] of Object.entries(preset.tokens)) box.style.setProperty(name, value);
}

// Gallery: each preset on its own page background.
for (const preset of presets) {
  const box = document.createElement('section');
  box.className = 'preset';
  const title = document.createElement('h3');
  title.textContent = preset.label;
  const widget = document.createElement('mms-guidance');
  widget.setAttribute('heading-level', '4');
  widget.setAttribute('open-items', 'leftover-tablets');
  widget.setAttribute('color-scheme', preset.colorScheme);
  box.append(title, widget);
  dressPage(box, preset);
  byId('gallery').append(box);
}

// Playground: an input per token, a live preview, and the CSS to copy.
const preview = byId('preview');
const widget = preview.querySelector('mms-guidance') as MmsGuidance;
const chosen = new Map<string, string>();

function showCss(): void {
  byId('css').textContent = presetCss(Object.fromEntries(chosen));
}

function setToken(name: string, value: string): void {
  if (value) chosen.set(name, value);
  else chosen.delete(name);
  preview.style.setProperty(name, value || null);
  widget.refreshTheme();
  showCss();
}

for (const token of tokens) {
  const name = `--mms-guidance-${token.name}`;
  const label = document.createElement('label');
  label.textContent = name.replace('--mms-guidance-', '');
  const input = document.createElement('input');
  input.type = token.validAs ? 'text' : 'color';
  input.name = name;
  if (!token.validAs) input.value = token.light?.startsWith('#') ? token.light : '#000000';
  input.placeholder = token.light ?? 'inherit';
  input.addEventListener('input', () => setToken(name, input.value));
  label.append(input);
  byId('tokens').append(label);
}

const start = byId<HTMLSelectElement>('start');
start.add(new Option('Default theme', ''));
for (const preset of presets) start.add(new Option(preset.label, preset.id));
start.addEventListener('change', () => {
  for (const name of [...chosen.keys()]) setToken(name, '');
  const preset = presets.find((p) => p.id === start.value);
  widget.colorScheme = preset?.colorScheme ?? 'light';
  for (const [name, value] of Object.entries(preset?.tokens ?? {})) {
    const input = byId('tokens').querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (input) input.value = value;
    setToken(name, value);
  }
});

byId('copy').addEventListener('click', () => copyText(byId('css'), byId('copy-status')));

showCss();
