import { defineConfig, type Plugin } from 'vite';
import { slimBundle } from './build/slim-bundle.js';

/**
 * `npm start` serves the demo at /. The demo loads /dist/mms-guidance.js exactly
 * as a partner's page would; the dev server answers that URL with the source
 * instead, so edits show at once without a rebuild.
 */
function demoServer(): Plugin {
  return {
    name: 'demo-server',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/') {
          res.writeHead(302, { Location: '/demo/' }).end();
          return;
        }
        if (req.url === '/dist/mms-guidance.js') req.url = '/src/index.ts';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [demoServer(), slimBundle()],
  server: { host: '127.0.0.1' },
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
