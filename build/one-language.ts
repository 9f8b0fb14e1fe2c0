import type { Plugin } from 'vite';

/**
 * For a per-language bundle: swaps src/content/builtin.ts for a module that
 * carries English (the original and every fallback) plus one language, so a
 * French-only site ships no Urdu. `lang` 'en' gives English alone.
 */
export function oneLanguage(lang: string): Plugin {
  const languages = [...new Set(['en', lang])];
  return {
    name: 'one-language',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('/src/content/builtin.ts')) return null;
      const imports = languages.map((language) => `import { ${language} } from './${language}.js';`).join('\n');
      return `${imports}\nexport const builtIn = [${languages.join(', ')}];\n`;
    },
  };
}
