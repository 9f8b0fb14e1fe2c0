import { defineConfig } from 'vite';
import { slimBundle } from './build/slim-bundle.js';

/**
 * The iframe embed: dist/embed.html and embed.css (copied from src/embed/public),
 * dist/embed.js (its script) and dist/embed-resizer.js (for the partner page).
 * Built after the main bundle, into the same folder.
 */
export default defineConfig({
  plugins: [slimBundle()],
  publicDir: 'src/embed/public',
  build: {
    target: 'es2021',
    minify: true,
    emptyOutDir: false,
    lib: {
      entry: { embed: 'src/embed/embed.ts', 'embed-resizer': 'src/embed/resizer.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: { output: { minify: true } },
  },
});
