// Pre-renders the widget in every built-in language, with Lit's server renderer
// and the element's own templates, into dist/html/: `node build/prerender.mjs [dir]`
// after the npm build (it imports dir/dist/npm/). Each fragment is one
// <mms-guidance lang="…"> element a server can print as is: its shadow root as
// declarative shadow DOM (styles, defaults, answers collapsed), then, in its light
// DOM, the whole guidance as plain HTML for browsers without declarative shadow DOM
// or without CSS. Beside each, a .options.json for servers that print other options
// (see options.mjs); this script checks that it gives what Lit renders.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { languages } from './languages.mjs';
import { applyOptions, variantsOf } from './options.mjs';
import { serverRenderer } from './server-render.mjs';
import { styleHash } from './style-hash.mjs';

const dir = process.argv[2] ?? '.';
const npm = (path) => import(pathToFileURL(resolve(dir, 'dist/npm', path)).href);
const { builtIn } = await npm('content/builtin.js');
const { bestMatch } = await npm('content/language.js');
const serverRender = await serverRenderer(dir);

// The page as written, not dist/embed.html, which this script overwrites.
const embedPage = readFileSync('src/embed/public/embed.html', 'utf8');
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The iframe's page (src/embed/public/embed.html) with the widget pre-rendered in its body, in the page's
 * language, direction and title: dist/embed.<lang>.html, and dist/embed.html in English. Its share bar is
 * off, as embed.ts sets it unless the query names the partner's address. The page's CSP allows the
 * fragment's one style by its hash. Without a script it shows both sections (embed.ts sets them from the query).
 */
function writeEmbedPage(lang, element) {
  const { card, dir: direction } = bestMatch(lang, builtIn);
  const page = embedPage
    .replace('<html lang="en">', `<html lang="${lang}" dir="${direction}" data-sections="card faq">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(card.title)}</title>`)
    .replace("style-src 'self';", `style-src 'self' '${styleHash(element)}';`)
    .replace('<body></body>', `<body>${element}</body>`);
  if (!page.includes(element) || !page.includes(styleHash(element))) throw new Error('embed.html has changed shape');
  writeFileSync(join(dir, 'dist', `embed.${lang}.html`), page);
  if (lang === 'en') writeFileSync(join(dir, 'dist', 'embed.html'), page);
}

/** The inside of a rendered element: all after its start tag, which a server writes with its own attributes. */
const insideOf = (element) => element.slice(element.indexOf('>') + 1);

const out = join(dir, 'dist/html');
mkdirSync(out, { recursive: true });
for (const lang of languages) {
  const fragment = serverRender({ lang });
  const inside = insideOf(fragment);
  const ids = Object.keys(bestMatch(lang, builtIn).faq);
  const variants = variantsOf(inside, (attributes) => insideOf(serverRender({ lang, ...attributes })), ids);
  // The options file must give exactly what Lit renders for the options, alone and together.
  const checks = [
    { 'heading-level': 4 },
    { share: 'off', 'open-items': ids[1] },
    { 'heading-level': 1, 'open-items': ids.join(' ') },
    { 'heading-level': 5, share: 'off', 'open-items': `${ids[0]} ${ids.at(-1)}` },
  ];
  for (const options of checks) {
    if (applyOptions(inside, variants, options) !== insideOf(serverRender({ lang, ...options })))
      throw new Error(`mms-guidance.${lang}.options.json does not give Lit's render of ${JSON.stringify(options)}`);
  }
  writeFileSync(join(out, `mms-guidance.${lang}.html`), `${fragment}\n`);
  writeEmbedPage(lang, `<mms-guidance lang="${lang}" share="off">${applyOptions(inside, variants, { share: 'off' })}`);
  writeFileSync(join(out, `mms-guidance.${lang}.options.json`), `${JSON.stringify(variants, null, 1)}\n`);
}
