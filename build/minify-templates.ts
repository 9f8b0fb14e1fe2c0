import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const cssTemplate = /css`([^`$]*)`/g;

const minifyCss = (cssText: string, filename: string) =>
  new TextDecoder().decode(transform({ filename, code: new TextEncoder().encode(cssText), minify: true }).code);

/**
 * Strips what Lit's css`` and html`` templates carry only for the source's
 * readability, in the production build; the test runner serves the source as
 * written. CSS goes through lightningcss (our css`` has no `${}`). After the JS
 * minifier, a line break can only be inside a template literal, where it is the
 * source's indentation: it goes between tags and becomes one space elsewhere.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(cssTemplate, (_match, cssText: string) => `css\`${minifyCss(cssText, id)}\``);
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
      }
    },
  };
}
