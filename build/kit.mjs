// The dissemination kit, dist/kit/: for each built-in language, the handout as
// A4 and Letter PDFs (one page, real text, Noto fonts embedded, a QR code to the
// announcement), two social cards as PNG with their alt text, and ready posts;
// then dist/kit/index.html, which previews them all. Every text comes from the
// content as built (dist/npm/content), through build/kit-pages.mjs.
//
// `node build/kit.mjs [dir] [--text-only]` builds into dir/dist/kit. PDFs and
// PNGs from Chromium are not byte-reproducible (dates, ids, anti-aliasing), so
// dist/kit/manifest.json records, for every file, the hash of what it was made
// from (a PDF: its HTML page; a card: its texts, size and drawing code; a text
// file: itself). --text-only writes everything but the PDFs, the PNGs and
// rendered.json (what the renders drew), which is how scripts/check-dist.mjs
// checks the committed kit against the current content in seconds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { languages } from './languages.mjs';
import { cardAlt, handoutHtml, kitTexts, papers, postsOf } from './kit-pages.mjs';
import { cardSizes } from './kit-card.mjs';

const args = process.argv.slice(2);
const textOnly = args.includes('--text-only');
const dir = args.find((arg) => !arg.startsWith('--')) ?? '.';
const out = join(dir, 'dist', 'kit');
const npm = (path) => import(pathToFileURL(resolve(dir, 'dist/npm', path)).href);
const { plainText } = await npm('content/markup.js');
const { listIn } = await npm('content/locale-format.js');
const { reviewStatus } = await npm('content/review-status.js');
const contents = await Promise.all(languages.map(async (lang) => (await npm(`content/${lang}.js`))[lang]));

/** Debian's Noto fonts (fonts-noto-core), which the PDFs embed. */
const noto = '/usr/share/fonts/truetype/noto';
const face = (family, file, weight) =>
  `@font-face { font-family: '${family}'; src: url('${pathToFileURL(join(noto, file)).href}') format('truetype'); font-weight: ${weight}; }`;
const fontFaces = [
  face('Kit Sans', 'NotoSans-Regular.ttf', 400),
  face('Kit Sans', 'NotoSans-Bold.ttf', 700),
  face('Kit Naskh', 'NotoNaskhArabic-Regular.ttf', 400),
  face('Kit Naskh', 'NotoNaskhArabic-Bold.ttf', 700),
].join('\n');

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const cardSource = readFileSync(new URL('./kit-card.mjs', import.meta.url), 'utf8');
/** The card's page: the fonts, a canvas, and drawCard's own source, run as it is. */
const cardPage = (texts, { width, height }) => `<!doctype html>
<html lang="${texts.lang}" dir="${texts.dir}"><head><meta charset="utf-8"><style>${fontFaces}
body { margin: 0; } canvas { display: block; }</style></head>
<body><canvas width="${width}" height="${height}"></canvas>
<p style="font: 700 10px 'Kit Sans'">a</p><p style="font: 400 10px 'Kit Sans'">a</p>
<p style="font: 700 10px 'Kit Naskh'">ا</p><p style="font: 400 10px 'Kit Naskh'">ا</p>
<script>${cardSource.replace(/^export /gm, '')}
const texts = ${JSON.stringify(texts)};
document.fonts.ready.then(() => {
  window.drawn = drawCard(document.querySelector('canvas'), texts);
  window.png = document.querySelector('canvas').toDataURL('image/png');
});
</script></body></html>
`;

// Chromium never makes the same PDF twice: a render whose page is unchanged keeps the file it made last time, so a
// build leaves the committed kit as it is unless what it shows changed.
const readIfThere = (path, parse) => (existsSync(join(out, path)) ? parse(readFileSync(join(out, path))) : undefined);
const previous = readIfThere('manifest.json', (buffer) => JSON.parse(buffer.toString()))?.files ?? {};
const previousRendered = readIfThere('rendered.json', (buffer) => JSON.parse(buffer.toString())) ?? {};
const previousFiles = Object.fromEntries(
  Object.keys(previous).map((path) => [path, readIfThere(path, (buffer) => buffer)]),
);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifest = { comment: '', contentVersions: {}, files: {} };
manifest.comment =
  'What each file of the kit was made from: the sha256 of its HTML page (PDF), of its card page (PNG), or of itself. Written by build/kit.mjs; checked fresh by scripts/check-dist.mjs.';
const renders = [];
const write = (path, text) => {
  writeFileSync(join(out, path), text);
  manifest.files[path] = { sha256: sha256(text) };
};

const kits = contents.map((language) => {
  const texts = kitTexts(language, { plainText, listIn, reviewStatus });
  const { lang } = texts;
  mkdirSync(join(out, lang), { recursive: true });
  manifest.contentVersions[lang] = texts.contentVersion;
  for (const paper of Object.keys(papers)) {
    const html = handoutHtml(texts, { paper, fontFaces });
    const path = `${lang}/handout-${paper}.pdf`;
    manifest.files[path] = { from: sha256(html) };
    renders.push({ kind: 'pdf', path, html, paper });
  }
  for (const size of cardSizes) {
    const html = cardPage(texts, size);
    const path = `${lang}/${size.name}.png`;
    manifest.files[path] = { from: sha256(html) };
    renders.push({ kind: 'png', path, html, size });
    write(`${lang}/${size.name}.alt.txt`, `${cardAlt(texts)}\n`);
  }
  const posts = postsOf(texts);
  write(`${lang}/posts.json`, `${JSON.stringify(posts, null, 2)}\n`);
  write(
    `${lang}/posts.md`,
    [
      `# ${texts.title}`,
      '',
      `${texts.version} · ${texts.status}`,
      '',
      `## X (${posts.x.length} of ${posts.x.limit} characters, the link counted as 23)`,
      '',
      ...(posts.x.says === 'keyMessage'
        ? []
        : [
            `The key message does not fit on X in this language; this post carries ${posts.x.says === 'plainWords' ? 'its plain words' : 'the title'}.`,
            '',
          ]),
      posts.x.text,
      '',
      '## Facebook and LinkedIn',
      '',
      posts.facebookLinkedIn.text,
      '',
      '## WhatsApp',
      '',
      posts.whatsapp.text,
      '',
    ].join('\n'),
  );
  return { language, texts };
});

const e = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
write(
  'index.html',
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mms-guidance: dissemination kit</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 75rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
section { border-top: 2px solid #005a9c; margin-top: 2rem; }
.files { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
figure { margin: 0; }
img, object { width: 100%; height: auto; border: 1px solid #767676; }
object { aspect-ratio: 210 / 297; }
pre { white-space: pre-wrap; background: #f3f3f3; padding: 0.5rem; }
</style>
</head>
<body>
<h1>Dissemination kit</h1>
<p>Printable handouts with a QR code to the announcement, social cards and ready posts, in every built-in language, made from the widget's content by <code>npm run build</code>. To make the handout and the cards for your own page and colours, use the configurator (<code>demo/configurator.html</code>).</p>
${kits
  .map(
    ({ language, texts }) => `<section lang="${texts.lang}" dir="${texts.dir}">
<h2>${e(language.name)}</h2>
<p>${e(texts.version)} · ${e(texts.status)}</p>
<div class="files" dir="ltr">
${Object.keys(papers)
  .map(
    (
      paper,
    ) => `<figure><object data="${texts.lang}/handout-${paper}.pdf" type="application/pdf" title="${e(texts.title)}"></object>
<figcaption><a href="${texts.lang}/handout-${paper}.pdf" download>handout-${paper}.pdf</a></figcaption></figure>`,
  )
  .join('\n')}
${cardSizes
  .map(
    ({ name }) => `<figure><img src="${texts.lang}/${name}.png" alt="${e(cardAlt(texts))}">
<figcaption><a href="${texts.lang}/${name}.png" download>${name}.png</a> · <a href="${texts.lang}/${name}.alt.txt">${name}.alt.txt</a></figcaption></figure>`,
  )
  .join('\n')}
</div>
<h3><a href="${texts.lang}/posts.md">posts.md</a> · <a href="${texts.lang}/posts.json">posts.json</a></h3>
<h4 dir="ltr">X</h4>
<pre dir="${texts.dir}">${e(postsOf(texts).x.text)}</pre>
<h4 dir="ltr">Facebook and LinkedIn</h4>
<pre dir="${texts.dir}">${e(postsOf(texts).facebookLinkedIn.text)}</pre>
<h4 dir="ltr">WhatsApp</h4>
<pre dir="${texts.dir}">${e(postsOf(texts).whatsapp.text)}</pre>
</section>`,
  )
  .join('\n')}
</body>
</html>
`,
);
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

if (!textOnly) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { browserPaths, chromiumArgs } = await import('../scripts/browsers.mjs');
  const browser = await puppeteer.launch({
    executablePath: browserPaths.chromium,
    headless: true,
    args: [...chromiumArgs, '--font-render-hinting=none'],
  });
  const scratch = mkdtempSync(join(tmpdir(), 'mms-kit-'));
  const rendered = {};
  try {
    const page = await browser.newPage();
    for (const [index, item] of renders.entries()) {
      const kept = previousFiles[item.path];
      if (kept && previousRendered[item.path] && previous[item.path]?.from === manifest.files[item.path].from) {
        writeFileSync(join(out, item.path), kept);
        rendered[item.path] = previousRendered[item.path];
        continue;
      }
      const file = join(scratch, `${index}.html`);
      writeFileSync(file, item.html);
      if (item.kind === 'pdf') {
        await page.setViewport({ width: 900, height: 1200 });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        // Run in the page, where the handout's own script sets data-fitted once its type fits one sheet.
        await page.waitForFunction('document.documentElement.dataset.fitted !== undefined');
        const scale = await page.evaluate('document.documentElement.dataset.fitted');
        await page.pdf({
          path: join(out, item.path),
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
        });
        rendered[item.path] = { scale: Number(scale) };
      } else {
        await page.setViewport({ width: item.size.width, height: item.size.height });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.waitForFunction('window.png !== undefined');
        const { drawn, png } = await page.evaluate('({ drawn: window.drawn, png: window.png })');
        writeFileSync(join(out, item.path), Buffer.from(png.split(',')[1], 'base64'));
        rendered[item.path] = drawn;
      }
    }
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(join(out, 'rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`);
}
