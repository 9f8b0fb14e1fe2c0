/**
 * The embed configurator: the partner picks options, sees the widget, and copies
 * a ready snippet (script tag with its SRI hash, element and CSS, or an iframe).
 */
import { copyText } from './copy.js';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const form = byId('options') as HTMLFormElement;
const preview = byId('preview');
const snippet = byId('snippet');
const copyStatus = byId('copy-status');
const defaults: Record<string, string> = { 'accent-color': '#005a9c', 'key-message-background-color': '#e8f1fa' };

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
    kind: String(data.get('kind')),
    share: data.get('share') === 'on',
    shareUrl: String(data.get('share-url')).trim(),
    structuredData: data.get('structured-data') === 'on',
  };
}

function elementSnippet(o: ReturnType<typeof options>): string {
  const attributes = [`lang="${o.lang}"`, `heading-level="${o.headingLevel}"`];
  if (o.colorScheme !== 'light') attributes.push(`color-scheme="${o.colorScheme}"`);
  if (!o.share) attributes.push('share="off"');
  else if (o.shareUrl) attributes.push(`share-url="${o.shareUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  if (o.structuredData) attributes.push('structured-data');
  const css = Object.entries(o.tokens).map(([name, value]) => `    --mms-guidance-${name}: ${value};`);
  const hidden = ['card', 'faq'].filter((section) => !o.sections.includes(section));
  const hideRules = hidden.includes('faq')
    ? ['  mms-guidance::part(faq) { display: none; }']
    : hidden.includes('card')
      ? ['  mms-guidance::part(title), mms-guidance::part(meta), mms-guidance::part(key-message),', '  mms-guidance::part(context), mms-guidance::part(guidance-link), mms-guidance::part(referral) { display: none; }']
      : [];
  // The per-language bundle: that language plus English, nothing else to download.
  const bundle = `mms-guidance.${o.lang}.js`;
  return [
    `<script type="module" src="/assets/${bundle}" integrity="${sri[bundle]}" crossorigin="anonymous"></script>`,
    '<style>',
    '  mms-guidance:not(:defined) { display: block; }',
    ...(css.length > 0 ? ['  mms-guidance {', ...css, '  }'] : []),
    ...hideRules,
    '</style>',
    `<mms-guidance ${attributes.join(' ')}>`,
    '  <p>While pregnant women should be the primary target for receiving MMS in national antenatal care services, if MMS tablets remain after delivery of the baby, women may use remaining MMS tablets postpartum.',
    '  <a href="https://hmhbconsortium.org/new-guidance-from-the-mms-tag/">Read the guidance</a></p>',
    '</mms-guidance>',
  ].join('\n');
}

function iframeQuery(o: ReturnType<typeof options>): string {
  const params = new URLSearchParams({ lang: o.lang, 'heading-level': o.headingLevel, 'color-scheme': o.colorScheme });
  if (o.sections.length < 2) params.set('sections', o.sections.join(' '));
  for (const [name, value] of Object.entries(o.tokens)) params.set(name, value);
  // The frame shows the share bar only when told the page's address.
  if (o.share && o.shareUrl) params.set('share-url', o.shareUrl);
  return params.toString();
}

/** What the iframe cannot do of what the partner asked for, said in the snippet itself. */
function iframeCaveats(o: ReturnType<typeof options>): string[] {
  return [
    ...(o.share && !o.shareUrl ? ["<!-- No share bar: a frame cannot know your page's address. Give it above to show one. -->"] : []),
    ...(o.structuredData ? ["<!-- No FAQ data for search engines: a frame cannot write into your page's head. Use the script and element. -->"] : []),
  ];
}

function update(): void {
  const o = options();
  const query = iframeQuery(o);
  if (o.kind === 'iframe') {
    snippet.textContent = [
      `<iframe src="/assets/embed.html?${query}" title="MMS TAG guidance on postpartum use of MMS"`,
      '  style="width: 100%; height: 1400px; border: 0" loading="lazy"></iframe>',
      '<!-- Optional, where the page may carry one script: sizes the frame to its content. -->',
      '<script type="module" src="/assets/embed-resizer.js"></script>',
      ...iframeCaveats(o),
    ].join('\n');
  } else {
    snippet.textContent = elementSnippet(o);
  }
  // The preview is the embed page itself, so both kinds show exactly what they will give. The
  // element knows its page's address, so for it the preview shares this one unless given another.
  const previewQuery = new URLSearchParams(query);
  if (o.kind !== 'iframe' && o.share && !o.shareUrl) previewQuery.set('share-url', location.href);
  const frame = preview.querySelector('iframe') ?? preview.appendChild(document.createElement('iframe'));
  frame.title = 'Preview';
  frame.style.cssText = 'width: 100%; height: 900px; border: 1px solid #8a94a3; background: #fff';
  frame.src = `/dist/embed.html?${previewQuery}`;
}

form.addEventListener('input', update);
byId('copy').addEventListener('click', () => copyText(snippet, copyStatus));
void fetch('/dist/sri.json')
  .then((response) => response.json() as Promise<Record<string, string>>)
  .then((hashes) => {
    sri = hashes;
    update();
  });
