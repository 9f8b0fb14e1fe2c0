/**
 * The embed configurator: the partner picks options, sees the widget, and copies
 * a ready snippet (script tag with its SRI hash, element and CSS; the same with the
 * widget pre-rendered inside; or an iframe).
 */
import { builtIn } from '../src/content/builtin.js';
import { plainText } from '../src/content/markup.js';
import { defaultFrameHeight, measureEmbed } from './configurator.measure.js';
import { copyText } from './copy.js';
import { darkCounterpart } from './dark-brand.js';
import { applyOptions } from '../build/options.mjs';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const form = byId('options') as HTMLFormElement;
const preview = byId('preview');
const snippet = byId('snippet');
const copyStatus = byId('copy-status');
const measuredNote = byId('measured');
const defaults: Record<string, string> = { 'accent-color': '#005a9c', 'key-message-background-color': '#e8f1fa' };
/** Where the snippets assume the partner put dist/, unless told otherwise. */
const defaultBase = '/assets/';
/** Whether this device is dark now: the preview of a "follow the device" snippet follows it. */
const darkDevice = matchMedia('(prefers-color-scheme: dark)');
/** The last measurement of the preview, and the settings it was for. */
let measured: { key: string; height: number; width: number } | undefined;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The folder the partner serves dist/ from, ending in a slash: a path or an http(s) address, else the default. */
function baseFrom(value: string): string {
  const base = value.trim();
  if (base === '' || !/^(https?:\/\/|\.{0,2}\/)[^\s"'<>`]*$/.test(base)) return defaultBase;
  return base.endsWith('/') ? base : `${base}/`;
}

const [english] = builtIn;
const contentIn = (lang: string) => builtIn.find((language) => language.lang === lang) ?? english;

/** The bundles' SRI hashes, for the snippet; filled from dist/sri.json before the first update. */
let sri: Record<string, string> = {};

function options() {
  const data = new FormData(form);
  const sections = ['card', 'faq'].filter((section) => data.get(section) === 'on');
  const tokens = Object.keys(defaults).filter((name) => data.get(name) !== defaults[name]);
  return {
    lang: String(data.get('lang')),
    headingLevel: String(data.get('heading-level')),
    colorScheme: String(data.get('color-scheme')),
    sections: sections.length === 0 ? ['card', 'faq'] : sections,
    tokens: Object.fromEntries(tokens.map((name) => [name, String(data.get(name))])),
    /** The same colours for the dark scheme: a pale callout or a dark brand colour would not read there. */
    darkTokens: Object.fromEntries(tokens.map((name) => [name, darkCounterpart(name, String(data.get(name)))])),
    kind: String(data.get('kind')),
    share: data.get('share') === 'on',
    shareUrl: String(data.get('share-url')).trim(),
    structuredData: data.get('structured-data') === 'on',
    base: baseFrom(String(data.get('base') ?? '')),
    /** The preview's width in px: a phone's, the partner's column, or (0) the whole preview area. */
    width: data.get('phone') === 'on' ? 360 : Math.max(0, Math.round(Number(data.get('column-width')) || 0)),
  };
}

function elementSnippet(o: ReturnType<typeof options>): string {
  const attributes = [`lang="${o.lang}"`, `heading-level="${o.headingLevel}"`];
  if (o.colorScheme !== 'light') attributes.push(`color-scheme="${o.colorScheme}"`);
  if (!o.share) attributes.push('share="off"');
  else if (o.shareUrl) attributes.push(`share-url="${o.shareUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  if (o.structuredData) attributes.push('structured-data');
  const declarations = (tokens: Record<string, string>, indent: string) =>
    Object.entries(tokens).map(([name, value]) => `${indent}--mms-guidance-${name}: ${value};`);
  const rule = (tokens: Record<string, string>, indent = '  ') =>
    Object.keys(tokens).length === 0
      ? []
      : [`${indent}mms-guidance {`, ...declarations(tokens, `${indent}  `), `${indent}}`];
  // Light colours for light, their dark counterparts for dark: one set for both would not read in one of them.
  const darkNote = '/* Your colours for the dark card: the same hues, light or dark enough to read on it. */';
  const css =
    Object.keys(o.tokens).length === 0 || o.colorScheme === 'light'
      ? rule(o.tokens)
      : o.colorScheme === 'dark'
        ? [`  ${darkNote}`, ...rule(o.darkTokens)]
        : [
            ...rule(o.tokens),
            `  ${darkNote}`,
            '  @media (prefers-color-scheme: dark) {',
            ...rule(o.darkTokens, '    '),
            '  }',
          ];
  const hidden = ['card', 'faq'].filter((section) => !o.sections.includes(section));
  const hideRules = hidden.includes('faq')
    ? ['  mms-guidance::part(faq) { display: none; }']
    : hidden.includes('card')
      ? [
          '  mms-guidance::part(title), mms-guidance::part(meta), mms-guidance::part(key-message),',
          '  mms-guidance::part(context), mms-guidance::part(guidance-link), mms-guidance::part(referral) { display: none; }',
        ]
      : [];
  // The per-language bundle: that language plus English, nothing else to download.
  const bundle = `mms-guidance.${o.lang}.js`;
  const { card, dir } = contentIn(o.lang);
  return [
    `<script type="module" src="${escapeHtml(o.base + bundle)}" integrity="${sri[bundle]}" crossorigin="anonymous"></script>`,
    '<style>',
    '  mms-guidance:not(:defined) { display: block; }',
    ...css,
    ...hideRules,
    '</style>',
    `<mms-guidance ${attributes.join(' ')}>`,
    // The fallback, for readers whose browser runs no script, in the widget's language.
    `  <p${dir === 'rtl' ? ' dir="rtl"' : ''}>${escapeHtml(plainText(card.keyMessage))}`,
    // HMHB's announcement is in English, whatever the widget's language.
    `  <a href="${escapeHtml(card.guidanceHref)}" hreflang="en">${escapeHtml(card.guidanceLabel)}</a></p>`,
    '</mms-guidance>',
  ].join('\n');
}

function iframeQuery(o: ReturnType<typeof options>): string {
  const params = new URLSearchParams({ lang: o.lang, 'heading-level': o.headingLevel, 'color-scheme': o.colorScheme });
  if (o.sections.length < 2) params.set('sections', o.sections.join(' '));
  for (const [name, value] of Object.entries(o.colorScheme === 'dark' ? o.darkTokens : o.tokens))
    params.set(name, value);
  // The frame shows the share bar only when told the page's address.
  if (o.share && o.shareUrl) params.set('share-url', o.shareUrl);
  return params.toString();
}

/** What the iframe cannot do of what the partner asked for, said in the snippet itself. */
function iframeCaveats(o: ReturnType<typeof options>): string[] {
  return [
    ...(o.share && !o.shareUrl
      ? ["<!-- No share bar: a frame cannot know your page's address. Give it above to show one. -->"]
      : []),
    ...(o.share && o.shareUrl
      ? ['<!-- share-url must be on the site of the page that frames this: the frame refuses any other. -->']
      : []),
    ...(o.colorScheme === 'auto' && Object.keys(o.tokens).length > 0
      ? [
          '<!-- A frame takes one set of colours for both schemes: in dark mode the widget may swap your colours for black or white text to keep it readable. The script and element give dark mode colours of its own. -->',
        ]
      : []),
    ...(o.structuredData
      ? ["<!-- No schema.org FAQ data: a frame cannot write into your page's head. Use the script and element. -->"]
      : []),
  ];
}

/**
 * The preview is the embed page itself, so both kinds show exactly what they will give. The
 * embed accepts a share-url only on the framing page's own origin, so wherever the real widget
 * would show a share bar, the preview shares this page's address.
 */
function previewSrc(o: ReturnType<typeof options>): string {
  const query = new URLSearchParams(iframeQuery(o));
  // The element's snippet gives dark devices the dark counterparts; show those where they apply here.
  if (o.kind !== 'iframe' && o.colorScheme === 'auto' && darkDevice.matches)
    for (const [name, value] of Object.entries(o.darkTokens)) query.set(name, value);
  if (o.share && (o.kind !== 'iframe' || o.shareUrl)) query.set('share-url', location.href);
  return `/dist/embed.html?${query}`;
}

/** What a measurement depends on: the preview's address and width. */
const measureKey = (o: ReturnType<typeof options>) => `${previewSrc(o)} @ ${o.width}`;

function iframeSnippet(o: ReturnType<typeof options>, query: string): string {
  const fits = measured?.key === measureKey(o) ? measured : undefined;
  const height = fits?.height ?? defaultFrameHeight;
  const language = contentIn(o.lang);
  return [
    // The resizer sizes only frames of embed.html or frames marked data-mms-guidance-embed.
    `<iframe src="${escapeHtml(o.base)}embed.html?${query}" data-mms-guidance-embed title="${escapeHtml(language.card.title)}"`,
    `  style="width: 100%; height: ${height}px; border: 0" loading="lazy"></iframe>`,
    fits
      ? `<!-- ${height}px fits the widget ${fits.width} px wide in ${language.name}, with room to open one answer. Narrower columns need more: see docs/embedding.md. -->`
      : '<!-- This height fits the English widget 360 px wide, with room to open one answer. -->',
    '<!-- Optional, where the page may carry one script: sizes the frame to its content. -->',
    `<script type="module" src="${escapeHtml(o.base)}embed-resizer.js"></script>`,
    ...iframeCaveats(o),
  ].join('\n');
}

/** The pre-rendered fragments (dist/html/) and their options' edits, fetched once per language. */
const fragments = new Map<string, Promise<[string, unknown]>>();
const fragmentOf = (lang: string): Promise<[string, unknown]> => {
  const url = `/dist/html/mms-guidance.${lang}`;
  const fetched =
    fragments.get(lang) ??
    Promise.all([
      fetch(`${url}.html`).then((response) => response.text()),
      fetch(`${url}.options.json`).then((response) => response.json() as Promise<unknown>),
    ]);
  fragments.set(lang, fetched);
  return fetched;
};

/**
 * The script-and-element snippet with the widget pre-rendered inside the element instead of the short
 * fallback: readers see the whole guidance before the script arrives, or without one (docs/embedding.md).
 */
async function prerenderedSnippet(o: ReturnType<typeof options>): Promise<string> {
  const [fragment, variants] = await fragmentOf(o.lang);
  const inside = applyOptions(fragment.slice(fragment.indexOf('>') + 1).trim(), variants, {
    'heading-level': Number(o.headingLevel),
    share: o.share ? 'auto' : 'off',
  });
  const lines = elementSnippet(o).split('\n');
  const start = lines.findIndex((line) => line.startsWith('<mms-guidance '));
  const bytes = new Blob([inside]).size;
  const head = lines.slice(0, start + 1).filter((line) => !line.includes(':not(:defined)'));
  // With nothing else to style, no <style> block: an empty one is still an inline style a strict CSP reports.
  const empty = head.findIndex((line, i) => line === '<style>' && head[i + 1] === '</style>');
  if (empty !== -1) head.splice(empty, 2);
  const ownStyle = head.includes('<style>')
    ? ' The <style> block above needs its own hash there too, or move its rules into your stylesheet.'
    : '';
  return [
    ...head,
    `<!-- The widget pre-rendered (${Math.round(bytes / 100) / 10} kB before compression). A strict CSP needs style-src '${sri['html-style']}' (dist/sri.json) for the widget's own style.${ownStyle} -->`,
    inside,
  ].join('\n');
}

function writeSnippet(): void {
  const o = options();
  if (o.kind === 'prerendered') {
    void prerenderedSnippet(o).then((text) => {
      if (options().kind === 'prerendered') snippet.textContent = text;
    });
    return;
  }
  snippet.textContent = o.kind === 'iframe' ? iframeSnippet(o, iframeQuery(o)) : elementSnippet(o);
}

function newPreviewFrame(): HTMLIFrameElement {
  const frame = preview.appendChild(document.createElement('iframe'));
  frame.title = 'Preview';
  // The resizer (loaded by this page) keeps the preview as tall as the widget, opened answers too.
  frame.toggleAttribute('data-mms-guidance-embed', true);
  frame.addEventListener('load', () => void measurePreview(frame));
  return frame;
}

function update(): void {
  const o = options();
  writeSnippet();
  const src = previewSrc(o);
  const frame = preview.querySelector('iframe') ?? newPreviewFrame();
  frame.style.width = o.width > 0 ? `${o.width}px` : '100%';
  // Same address, other width: no reload, so measure again now.
  if (frame.src !== new URL(src, location.href).href) frame.src = src;
  else void measurePreview(frame);
}

/** Measures the preview at its width and language, and writes the height into the iframe snippet. */
async function measurePreview(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument;
  if (!doc?.querySelector('mms-guidance')) return;
  const o = options();
  const key = measureKey(o);
  const { recommended } = await measureEmbed(doc);
  const width = Math.round(frame.getBoundingClientRect().width);
  if (key !== measureKey(options())) return; // the settings changed meanwhile
  measured = { key, height: recommended, width };
  measuredNote.textContent = `Measured: at ${width} px wide this widget needs a frame ${recommended} px tall (collapsed, with room to open one answer).`;
  writeSnippet();
}

form.addEventListener('input', update);
darkDevice.addEventListener('change', update);
byId('copy').addEventListener('click', () => copyText(snippet, copyStatus));
void fetch('/dist/sri.json')
  .then((response) => response.json() as Promise<Record<string, string>>)
  .then((hashes) => {
    sri = hashes;
    update();
  });
