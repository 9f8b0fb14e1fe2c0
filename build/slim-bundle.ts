import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const cssTemplate = /css`([^`$]*)`/g;

const minifyCss = (cssText: string, filename: string) =>
  new TextDecoder().decode(transform({ filename, code: new TextEncoder().encode(cssText), minify: true }).code);

/**
 * Strips, in the production build only, what the source carries for its
 * readers but the page never uses; the test runner serves the source as written.
 * - Content source keys (S1…S4, or a list of them, one per paragraph), which reviewers read in src/content.
 * - Whitespace in Lit's css`` templates: lightningcss minifies them (ours have no `${}`).
 * - Indentation in html`` templates: after the JS minifier, a line break can only
 *   be inside a template literal; it goes between tags and becomes one space elsewhere,
 *   except in a literal of line breaks alone (the FAQ data's paragraph join), kept as a string.
 * - The minifier's `@__PURE__` notes, which only a later bundler could use; the
 *   bundles are final (the npm build keeps them).
 */
export function slimBundle(): Plugin {
  return {
    name: 'slim-bundle',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      // Source keys are for reviewers reading src/content; the page never shows them.
      // Returning nothing for an unchanged module keeps its source map (the feature weights in bench/floor.mjs use it).
      if (id.includes('/src/content/')) {
        const slim = code.replace(/\s*source: (?:'[^']*'|\[[^\]]*\]),?/g, '');
        return slim === code ? null : slim;
      }
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(cssTemplate, (_match, cssText: string) => `css\`${minifyCss(cssText, id)}\``);
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        // A source-mapped build (bench/floor.mjs weighing features) keeps its line breaks, so its map stays true.
        if (chunk.type !== 'chunk' || chunk.map) continue;
        chunk.code = chunk.code
          // A literal of line breaks alone is text, not layout: the minifier writes '\n\n' (the FAQ data's paragraph join) that way.
          .replace(/`(\n+)`/g, (_match, breaks: string) => JSON.stringify(breaks))
          .replace(/>\s*\n\s*</g, '><')
          .replace(/\s*\n\s*/g, ' ')
          .replace(/\/\* @__PURE__ \*\/ /g, '');
      }
    },
  };
}
