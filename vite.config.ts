import { defineConfig, type Plugin } from 'vite';
import { oneLanguage } from './build/one-language.js';
import { slimBundle } from './build/slim-bundle.js';

/** Set by scripts/build.mjs for a per-language bundle; unset, the bundle carries every language. */
const lang = process.env['MMS_LANG'];

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
  plugins: [demoServer(), slimBundle(), ...(lang ? [oneLanguage(lang)] : [])],
  server: { host: '127.0.0.1' },
  build: {
    target: 'es2021',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/index.ts',
      name: 'MmsGuidance',
      formats: lang ? ['es'] : ['es', 'iife'],
      fileName: (format) => `mms-guidance${lang ? `.${lang}` : ''}${format === 'es' ? '' : `.${format}`}.js`,
    },
    emptyOutDir: !lang,
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
