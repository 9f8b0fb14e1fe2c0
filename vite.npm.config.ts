import { defineConfig } from 'vite';

/**
 * The npm entries, for apps with their own bundler: Lit stays an import so the
 * app's copy is shared. dist/npm/mms-guidance.js exports the class with no side
 * effects; dist/npm/index.js also defines the element.
 */
export default defineConfig({
  build: {
    target: 'es2021',
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', 'mms-guidance': 'src/mms-guidance.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => id === 'lit' || id.startsWith('lit/'),
      // One file per source module, named as in src/: no hashed chunks to chase.
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
});
