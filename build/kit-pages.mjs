// The dissemination kit's texts, handout page, QR code and posts, from one
// language's content. Shared by the build (build/kit.mjs, which prints the
// handouts to PDF in Chromium) and the configurator (demo/configurator-kit.ts,
// which makes them for a partner's page and colours in the reader's browser),
// so both say the same. No sentence is written here: every text is a field of
// the content modules (src/content/), joined as the widget's own card and
// provenance line join them.
import { encode } from 'uqr';

/** The parts of the kit that may be coloured by a partner; text stays black on white, so greyscale prints read. */
export const kitDefaults = { accent: '#005a9c' };

const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The kit's texts in one language, as plain text. `format` carries the content
 * helpers (plainText from src/content/markup, listIn from src/content/locale-format, reviewStatus from
 * src/content/review-status) the build loads from dist/npm and the configurator from src.
 */
export function kitTexts(language, { plainText, listIn, reviewStatus }) {
  const { card, referral, ui, version, review, lang, dir } = language;
  // The provenance line's status, as the widget writes it.
  const status = reviewStatus(language);
  return {
    lang,
    dir,
    title: card.title,
    issuedBy: ui.issuedBy,
    /** The language's colon after a label, as its "Issued by:" writes it (French: a narrow no-break space first). */
    colon: ui.issuedBy.match(/\s*:$/)?.[0] ?? ':',
    issuer: card.issuer,
    issuedOn: ui.issuedOn,
    issued: card.issued,
    keyMessageLabel: ui.keyMessageLabel,
    keyMessage: plainText(card.keyMessage),
    plainWordsLabel: ui.plainWordsLabel,
    plainWords: plainText(card.plainWords),
    context: card.context.map((paragraph) => plainText(paragraph)),
    referral: plainText(referral.text),
    guidanceLabel: card.guidanceLabel,
    announcement: card.guidanceHref,
    /** "Sources: HMHB (20 January 2025) and the WHO Essential Medicines List", as in the provenance line. */
    sources: `${ui.sourceLabel} ${listIn(lang, [`HMHB (${card.issued})`, ui.emlName]).join('')}`,
    /** The key message's own source (S1), for the posts and cards. */
    source: `HMHB (${card.issued})`,
    version: `${ui.versionLabel} ${version}`,
    contentVersion: version,
    status,
    reviewed: review === undefined || review.status === 'reviewed',
  };
}

/** A QR code for `url` as an SVG: black modules on white with a four-module quiet zone, medium error correction. */
export function qrSvg(url, label) {
  const { data, size } = encode(url, { ecc: 'M', border: 4 });
  const path = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeHtml(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}

/** The paper sizes: CSS page size, and the printable box in mm inside 14 mm margins. */
export const papers = {
  a4: { size: 'A4', width: 210, height: 297 },
  letter: { size: 'letter', width: 215.9, height: 279.4 },
};
const margin = 14;

/**
 * The handout as one HTML page. `url` is where the QR code goes (the
 * announcement, or a partner's page), `accent` a partner's colour for the rules
 * only, `fontFaces` @font-face rules naming 'Kit Sans' and 'Kit Naskh' (the build
 * points them at Debian's Noto files; without them the reader's own fonts are used).
 * A small script shrinks the type until the page fits one sheet, and sets
 * `data-fitted` on the root when done.
 */
export function handoutHtml(
  texts,
  { paper = 'a4', url = texts.announcement, accent = kitDefaults.accent, fontFaces = '' } = {},
) {
  const { size, width, height } = papers[paper];
  const family =
    texts.dir === 'rtl'
      ? `'Kit Naskh', 'Noto Naskh Arabic', 'Kit Sans', 'Noto Sans', sans-serif`
      : `'Kit Sans', 'Noto Sans', 'Kit Naskh', 'Noto Naskh Arabic', sans-serif`;
  const e = escapeHtml;
  // The QR code opens the announcement ("Read the announcement"), or a partner's page, which shows this guidance.
  const label = url === texts.announcement ? texts.guidanceLabel : texts.title;
  const fits = `(() => {
  const root = document.documentElement, main = document.querySelector('main');
  const fit = () => {
    const limit = ${(height - 2 * margin).toFixed(1)} * 96 / 25.4;
    let scale = 1;
    while (main.scrollHeight > limit && scale > 0.6) { scale -= 0.025; root.style.setProperty('--scale', scale.toFixed(3)); }
    root.dataset.fitted = scale.toFixed(3);
  };
  document.fonts.ready.then(fit);
})();`;
  return `<!doctype html>
<html lang="${e(texts.lang)}" dir="${e(texts.dir)}">
<head>
<meta charset="utf-8">
<title>${e(texts.title)}</title>
<style>
${fontFaces}
@page { size: ${size}; margin: ${margin}mm; }
:root { --scale: 1; --accent: ${e(accent)}; }
* { box-sizing: border-box; }
html { font-family: ${family}; color: #000; background: #fff; font-size: calc(10.5pt * var(--scale)); line-height: ${texts.dir === 'rtl' ? 1.75 : 1.4}; }
body { margin: 0; }
main { width: ${(width - 2 * margin).toFixed(1)}mm; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.4em; padding-bottom: 0.3em; border-bottom: 3pt solid var(--accent); }
.meta { margin: 0 0 0.8em; }
.key { border: 2pt solid #000; border-inline-start: 8pt solid var(--accent); padding: 0.6em 0.9em; margin: 0 0 0.9em; }
.key h2, .key h3 { font-size: 1em; margin: 0; text-transform: none; }
.key-text { font-size: 1.45em; font-weight: 700; line-height: 1.35; margin: 0.2em 0 0.5em; }
.key-text + h3 { margin-top: 0.3em; }
.key p:last-child { margin-bottom: 0; }
p { margin: 0 0 0.6em; }
.referral { font-weight: 700; border-top: 1pt solid #000; border-bottom: 1pt solid #000; padding: 0.5em 0; }
.read { display: flex; gap: 1.2em; align-items: center; margin: 0.9em 0; }
.read svg { width: 34mm; height: 34mm; flex: none; }
.read p { margin: 0; }
.url { font-size: 0.95em; overflow-wrap: anywhere; direction: ltr; unicode-bidi: isolate; }
footer { font-size: 0.85em; border-top: 1pt solid #000; padding-top: 0.4em; }
footer p { margin: 0; }
</style>
</head>
<body>
<main>
<header>
<h1>${e(texts.title)}</h1>
<p class="meta"><b>${e(texts.issuedBy)}</b> ${e(texts.issuer)}<br><b>${e(texts.issuedOn)}</b> ${e(texts.issued)}</p>
</header>
<section class="key">
<h2>${e(texts.keyMessageLabel)}</h2>
<p class="key-text">${e(texts.keyMessage)}</p>
${texts.plainWords ? `<h3>${e(texts.plainWordsLabel)}</h3>\n<p>${e(texts.plainWords)}</p>` : ''}
</section>
${texts.context.map((paragraph) => `<p>${e(paragraph)}</p>`).join('\n')}
<p class="referral">${e(texts.referral)}</p>
<div class="read">
${qrSvg(url, label)}
<p><b>${e(label)}</b><br><span class="url">${e(url)}</span></p>
</div>
<footer>
<p>${e(texts.sources)}</p>
<p>${e(texts.version)} · ${e(texts.status)}</p>
</footer>
</main>
<script>${fits}</script>
</body>
</html>
`;
}

/** The posts' one link, counted as X counts any link (t.co). */
export const xLinkLength = 23;

/**
 * A text's length as X counts it (twitter-text's weighted length, version 3):
 * code points in its light ranges count 1, others 2; each link counts 23.
 */
export function xLength(text, links = []) {
  let rest = text.normalize('NFC');
  let length = 0;
  for (const link of links) {
    while (rest.includes(link)) {
      rest = rest.replace(link, '');
      length += xLinkLength;
    }
  }
  const light = [
    [0, 4351],
    [8192, 8205],
    [8208, 8223],
    [8242, 8247],
  ];
  for (const char of rest) {
    const code = char.codePointAt(0);
    length += light.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return length;
}
export const xLimit = 280;

/**
 * The ready posts: X (within 280 counting the link as 23), Facebook and
 * LinkedIn, WhatsApp. Each is the key message word for word (on X, where it
 * does not fit, its plain words), its source, the link, and, in a translation,
 * its review status. No hashtags: the sources give none.
 */
export function postsOf(texts, url = texts.announcement) {
  const status = texts.reviewed ? [] : [texts.status];
  // Every X post says whose guidance it is and where it was published (a post travels alone), and a translation
  // says it is not yet reviewed. The key message word for word when that fits; where a translation's does not,
  // the content's own plain-words restatement of it (card.plainWords); the title (which names the MMS TAG) last.
  const byline = `MMS TAG, ${texts.source}`;
  const xCandidates = [
    ['keyMessage', [texts.keyMessage, `${byline} · ${texts.version}`, ...status, url]],
    ['keyMessage', [texts.keyMessage, byline, ...status, url]],
    ['plainWords', [texts.plainWords, byline, ...status, url]],
    ['title', [texts.title, texts.source, ...status, url]],
  ]
    .filter(([, parts]) => parts.every(Boolean))
    .map(([says, parts]) => ({ says, text: parts.join('\n\n') }));
  const x = xCandidates.find(({ text }) => xLength(text, [url]) <= xLimit) ?? xCandidates.at(-1);
  const labelled = (label, text) => `${label}${texts.colon} ${text}`;
  const long = [
    texts.title,
    `${texts.issuedBy} ${texts.issuer}\n${texts.issuedOn} ${texts.issued}`,
    labelled(texts.keyMessageLabel, texts.keyMessage),
    texts.referral,
    labelled(texts.guidanceLabel, url),
    // The key message's own source: the provenance line's second source (the WHO list) backs no sentence here.
    `${texts.source} · ${texts.version} · ${texts.status}`,
  ].join('\n\n');
  const whatsapp = [
    `*${texts.title}*`,
    texts.keyMessage,
    labelled(texts.plainWordsLabel, texts.plainWords),
    texts.referral,
    labelled(texts.guidanceLabel, url),
    `${texts.source} · ${texts.version}${texts.reviewed ? '' : ` · ${texts.status}`}`,
  ].join('\n\n');
  return {
    lang: texts.lang,
    dir: texts.dir,
    contentVersion: texts.contentVersion,
    link: url,
    x: { says: x.says, text: x.text, length: xLength(x.text, [url]), limit: xLimit },
    facebookLinkedIn: { text: long },
    whatsapp: { text: whatsapp },
  };
}

/** The cards' alternative text: what they show, in the language they show it in. */
export const cardAlt = (texts) =>
  [
    `${texts.keyMessageLabel}${texts.colon} ${texts.keyMessage}`,
    texts.title,
    `${texts.source} · ${texts.version}`,
    ...(texts.reviewed ? [] : [texts.status]),
  ].join('\n');
