import { defineConfig, type Plugin } from 'vite';
import { minifyLitCss } from './build/minify-lit-css.js';

/**
 * The demo loads /dist/mms-guidance.js exactly as a partner's page would. Under
 * `npm start` the dev server answers that URL with the source instead, so edits
 * show at once without a rebuild.
 */
function serveSourceAsBundle(): Plugin {
  return {
    name: 'serve-source-as-bundle',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url === '/dist/mms-guidance.js') req.url = '/src/index.ts';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [serveSourceAsBundle(), minifyLitCss()],
  server: { open: '/demo/', host: '127.0.0.1' },
  build: {
    target: 'es2021',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/index.ts',
      name: 'MmsGuidance',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'mms-guidance.js' : `mms-guidance.${format}.js`),
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
