/**
 * The configurator's print and social kit: the handout and the two social
 * cards of dist/kit/, made here in the reader's browser for the chosen
 * language, the partner's brand colour and, when given, the partner's page
 * (the QR code then opens it). Same texts and drawing as the build's
 * (build/kit-pages.mjs, build/kit-card.mjs); the QR code library stays in
 * the configurator and the build, never in the widget's bundles.
 */
import { builtIn } from '../src/content/builtin.js';
import { listIn } from '../src/content/locale-format.js';
import { reviewStatus } from '../src/content/review-status.js';
import { plainText } from '../src/content/markup.js';
import { cardAlt, handoutHtml, kitDefaults, kitTexts } from '../build/kit-pages.mjs';
import { cardSizes, drawCard } from '../build/kit-card.mjs';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const form = byId('options') as HTMLFormElement;
const paper = byId('kit-paper') as HTMLSelectElement;
const handout = byId('kit-handout') as HTMLIFrameElement;
const cards = byId('kit-cards');
const target = byId('kit-target');

/** The partner's page when it is an http(s) address, else the announcement. */
function qrTarget(value: string, announcement: string): string {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : announcement;
  } catch {
    return announcement;
  }
}

/** The brand colour when it is a six-digit hex colour (the colour input's own format), else the default. */
const accentOf = (value: string) => (/^#[0-9a-f]{6}$/i.test(value) ? value : kitDefaults.accent);

let last = '';
function update(): void {
  const data = new FormData(form);
  const language = builtIn.find((each) => each.lang === String(data.get('lang'))) ?? builtIn[0];
  const texts = kitTexts(language, { plainText, listIn, reviewStatus });
  const url = qrTarget(String(data.get('share-url') ?? ''), texts.announcement);
  const accent = accentOf(String(data.get('accent-color') ?? ''));
  const chosen = paper.value === 'letter' ? 'letter' : 'a4';
  const key = JSON.stringify([texts.lang, url, accent, chosen]);
  if (key === last) return;
  last = key;
  target.textContent =
    url === texts.announcement
      ? `The QR code opens the announcement (${url}). Give your page's address above to have it open your page.`
      : `The QR code opens your page: ${url}`;
  handout.srcdoc = handoutHtml(texts, { paper: chosen, url, accent });
  cards.replaceChildren(
    ...cardSizes.map(({ name, width, height }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      drawCard(canvas, texts, { accent });
      const png = canvas.toDataURL('image/png');
      const figure = document.createElement('figure');
      const image = document.createElement('img');
      image.src = png;
      image.alt = cardAlt(texts);
      image.dataset.name = name;
      const caption = document.createElement('figcaption');
      const link = document.createElement('a');
      link.href = png;
      link.download = `${name}.png`;
      link.textContent = `Download ${name}.png`;
      const alt = document.createElement('a');
      alt.href = `data:text/plain;charset=utf-8,${encodeURIComponent(`${cardAlt(texts)}\n`)}`;
      alt.download = `${name}.alt.txt`;
      alt.textContent = 'its alt text';
      caption.append(link, ' and ', alt);
      figure.append(image, caption);
      return figure;
    }),
  );
}

form.addEventListener('input', update);
paper.addEventListener('input', update);
byId('kit-print').addEventListener('click', () => handout.contentWindow?.print());
// The cards are drawn with the page's fonts: draw again once they have loaded.
void document.fonts.ready.then(() => {
  last = '';
  update();
});
update();
