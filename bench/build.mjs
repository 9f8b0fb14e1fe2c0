// Writes bench/site/: the same FAQ content (the widget's own English content)
// built five ways, each with 10 questions and with 200 (the 10 repeated), plus
// the JS and CSS each way needs, bundled and minified as its docs advise.
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPage, widget200 } from './shared.mjs';
import { sizes, variants } from './variants.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const site = join(here, 'site');
const { en, issuedIso } = await import(join(here, '../dist/npm/content/en.js'));
const questions = Object.entries(en.faq);

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const faq = (count) =>
  Array.from({ length: count }, (_, index) => {
    const [id, item] = questions[index % questions.length];
    return { id: `${id}-${index}`, question: item.question, answer: item.answer };
  });

/** The card every static variant shows before its FAQ, with the variant's own classes. */
const card = (c = {}) => `
  <h2 class="${c.title ?? ''}">${escape(en.card.title)}</h2>
  <p class="${c.meta ?? ''}"><b>${en.ui.issuedBy}</b> ${escape(en.card.issuer)}<br><b>${en.ui.issuedOn}</b> <time datetime="${issuedIso}">${en.card.issued}</time></p>
  <div class="${c.callout ?? ''}"><p><b>${en.ui.keyMessageLabel}</b></p><p>${escape(en.card.keyMessage)}</p></div>
  ${en.card.context.map((p) => `<p class="${c.body ?? ''}">${escape(p)}</p>`).join('\n  ')}
  <p><a class="${c.link ?? ''}" href="${en.card.guidanceHref}">${en.card.guidanceLabel}</a></p>
  <p class="${c.body ?? ''}">${escape(en.referral.text)}</p>
  <h2 class="${c.title ?? ''}">${en.ui.faqHeading}</h2>`;

/** Per variant: its assets (counted as the bytes it needs), its page, and how to find its questions. */
const pages = {
  widget: (items) =>
    benchPage({
      head: '<script type="module" src="mms-guidance.js"></script>',
      // The element's content is built in; 200 questions means replacing it, as partner content will (issue 5).
      body:
        items.length === questions.length
          ? '<mms-guidance></mms-guidance>'
          : `<mms-guidance></mms-guidance><script type="module" src="widget-200.js"></script>`,
    }),
  plain: (items) =>
    benchPage({
      head: '<link rel="stylesheet" href="plain.css">',
      body: `<article>${card()}
${items.map((item) => `<details id="${item.id}"><summary><h3>${escape(item.question)}</h3></summary>${item.answer.map((p) => `<p>${escape(p)}</p>`).join('')}</details>`).join('\n')}
</article>`,
    }),
  govuk: (items) =>
    benchPage({
      bodyClass: 'govuk-template__body',
      head: `<link rel="stylesheet" href="govuk-frontend.min.css">
<script type="module" src="govuk-init.js"></script>`,
      body: `<script src="govuk-supported.js"></script>
<div class="govuk-width-container"><main class="govuk-main-wrapper">${card({ title: 'govuk-heading-l', meta: 'govuk-body-s', callout: 'govuk-inset-text', body: 'govuk-body', link: 'govuk-link' })}
<div class="govuk-accordion" data-module="govuk-accordion" id="faq">
${items
  .map(
    (item, i) => `<div class="govuk-accordion__section">
<div class="govuk-accordion__section-header"><h3 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="faq-heading-${i}">${escape(item.question)}</span></h3></div>
<div id="faq-content-${i}" class="govuk-accordion__section-content">${item.answer.map((p) => `<p class="govuk-body">${escape(p)}</p>`).join('')}</div>
</div>`,
  )
  .join('\n')}
</div></main></div>`,
    }),
  shoelace: (items) =>
    benchPage({
      head: `<link rel="stylesheet" href="shoelace-light.css">
<script type="module" src="shoelace-details.js"></script>`,
      body: `<article>${card()}
${items.map((item) => `<sl-details summary="${escape(item.question)}">${item.answer.map((p) => `<p>${escape(p)}</p>`).join('')}</sl-details>`).join('\n')}
</article>`,
    }),
  lion: (items) =>
    benchPage({
      head: '<script type="module" src="lion-accordion.js"></script>',
      body: `<article>${card()}
<lion-accordion>
${items.map((item) => `<h3 slot="invoker"><button>${escape(item.question)}</button></h3><div slot="content">${item.answer.map((p) => `<p>${escape(p)}</p>`).join('')}</div>`).join('\n')}
</lion-accordion>
</article>`,
    }),
};

/**
 * The widget pre-rendered (dist/html/, as a partner's server or the WordPress plugin prints it), with the
 * same script as the widget's page: bench/first-paint.mjs measures it beside the others.
 */
const prerendered = () =>
  benchPage({
    head: '<script type="module" src="mms-guidance.js"></script>',
    body: readFileSync(join(here, '../dist/html/mms-guidance.en.html'), 'utf8'),
  });

rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
const fromModules = (path) => join(here, 'node_modules', path);

copyFileSync(join(here, '../dist/mms-guidance.js'), join(site, 'mms-guidance.js'));
copyFileSync(join(here, 'probe.js'), join(site, 'probe.js'));
copyFileSync(fromModules('govuk-frontend/dist/govuk/govuk-frontend.min.css'), join(site, 'govuk-frontend.min.css'));
copyFileSync(fromModules('govuk-frontend/dist/govuk/govuk-frontend.min.js'), join(site, 'govuk-frontend.min.js'));
// Its CSS asks for its fonts and images at /assets/, as its docs set up.
cpSync(fromModules('govuk-frontend/dist/govuk/assets'), join(site, 'assets'), { recursive: true });
copyFileSync(fromModules('@shoelace-style/shoelace/dist/themes/light.css'), join(site, 'shoelace-light.css'));
// GOV.UK Frontend's documented set-up: mark the body, then initAll() from the ES module.
writeFileSync(
  join(site, 'govuk-supported.js'),
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');\n",
);
writeFileSync(join(site, 'govuk-init.js'), "import { initAll } from './govuk-frontend.min.js';\ninitAll();\n");
// The floor: native <details>, a few lines of CSS, no JavaScript.
writeFileSync(
  join(site, 'plain.css'),
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48em;margin:auto;padding:1em}summary h3{display:inline;font-size:1em}details{border-top:1px solid #6b7280;padding:.5em 0}\n',
);
// Shoelace's and Lion's documented production set-up is a bundler: esbuild, minified.
await build({
  entryPoints: [fromModules('@shoelace-style/shoelace/dist/components/details/details.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: join(site, 'shoelace-details.js'),
  logLevel: 'error',
});
await build({
  entryPoints: [fromModules('@lion/ui/exports/define/lion-accordion.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  conditions: ['production'],
  outfile: join(site, 'lion-accordion.js'),
  logLevel: 'error',
});
writeFileSync(join(site, 'widget-200.js'), widget200);
for (const variant of variants) {
  for (const size of sizes) writeFileSync(join(site, `${variant}-${size}.html`), pages[variant](faq(size)));
}
writeFileSync(join(site, 'prerendered-10.html'), prerendered());
console.log(`bench: wrote ${variants.length * sizes.length} pages to bench/site/`);
