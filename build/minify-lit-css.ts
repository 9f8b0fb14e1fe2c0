import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

/**
 * Lit's css`` templates reach the bundle as written, whitespace and comments
 * included. This minifies each one (ours have no `${}` interpolations) in the
 * production build only; the test runner serves the source as it is.
 */
export function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`$]*)`/g, (_match, cssText: string) => {
        const { code: minified } = transform({
          filename: id,
          code: new TextEncoder().encode(cssText),
          minify: true,
        });
        return `css\`${new TextDecoder().decode(minified)}\``;
      });
    },
  };
}
