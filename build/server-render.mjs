// Lit's server render of <mms-guidance>, as build/prerender.mjs writes it into
// dist/html/ and as the WordPress tests compare the plugin's output with:
// `const serverRender = await serverRenderer(dir)` imports dir/dist/npm/ (the npm
// build) into Node with Lit's DOM shim, then `serverRender({ lang, 'heading-level',
// share, 'open-items' })` gives the element's HTML.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { transform } from 'lightningcss';
import { lightDom } from './light-dom.mjs';

export async function serverRenderer(dir = '.') {
  const npm = (path) => import(pathToFileURL(resolve(dir, 'dist/npm', path)).href);
  const { MmsGuidance } = await npm('mms-guidance.js');
  const { builtIn } = await npm('content/builtin.js');
  const { bestMatch } = await npm('content/language.js');
  const { richText } = await npm('content/rich-text.js');
  const { issuedIso } = await npm('content/en.js');

  /**
   * The element as the server writes it: its own render, plus the plain guidance as its light DOM,
   * ending with the element's own provenance line (a private method in TypeScript, reused so the two cannot differ).
   */
  class ServerRendered extends MmsGuidance {
    renderLight() {
      const language = bestMatch(this.getAttribute('lang') ?? 'en', builtIn) ?? builtIn[0];
      return lightDom(language, Number(this.headingLevel), this.renderProvenance(), { richText, issuedIso });
    }
  }
  globalThis.customElements.define('mms-guidance', ServerRendered); // the server DOM shim's registry

  /** The bundles' CSS is minified (build/slim-bundle.ts); the server's copy is minified the same way. */
  const minifyCss = (cssText) =>
    new TextDecoder().decode(
      transform({ filename: 'mms-guidance.css', code: new TextEncoder().encode(cssText), minify: true }).code,
    );

  /**
   * Lit's render, made plain: no hydration markers (the script renders afresh, see
   * MmsGuidance.createRenderRoot), line breaks between tags dropped and others made
   * one space as in the bundles (slim-bundle.ts), so both lay out the same.
   * `{ markers: true }` keeps Lit's markers, for Lit's hydration (bench/upgrade.mjs compares the two).
   */
  function serverRender({ lang, share, markers = false, ...others }) {
    const level = others['heading-level'] ?? nothing;
    const open = others['open-items'] ?? nothing;
    const element = html`<mms-guidance lang=${lang} heading-level=${level} share=${share ?? nothing} open-items=${open}
      >${renderLight()}</mms-guidance
    >`;
    const raw = collectResultSync(render(element));
    return (
      (markers ? raw : raw.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?(?:lit\$\d+\$)?>/g, ''))
        // The answers bind the `hidden` property; Lit's server writes an open one's `false` as hidden="false", which hides.
        .replaceAll(' hidden="false"', '')
        .replace(/<style>([^]*?)<\/style>/, (_match, css) => `<style>${minifyCss(css)}</style>`)
        .replace(/>\s*\n\s*</g, '><')
        .replace(/\s*\n\s*/g, ' ')
        .replace(/<mms-guidance ([^>]*?) ?color-scheme="light"/, '<mms-guidance $1')
        .replace(/<mms-guidance {2,}/, '<mms-guidance ')
        .trim()
    );
  }
  return serverRender;
}
