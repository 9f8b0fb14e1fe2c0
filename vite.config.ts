import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { oneLanguage } from './build/one-language.js';
import { slimBundle } from './build/slim-bundle.js';

/** Set by scripts/build.mjs for a per-language bundle; unset, the bundle carries every language. */
const lang = process.env['MMS_LANG'];

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * `npm start` serves the demo at /, and dist/ byte for byte: Vite would
 * otherwise append a source map to the bundles (so their integrity hashes
 * fail, as a copied snippet would show) and inject its live-reload client into
 * embed.html (which that page's CSP rightly blocks). Rebuild to see edits.
 */
function demoServer(): Plugin {
  return {
    name: 'demo-server',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        if (path === '/') {
          res.writeHead(302, { Location: '/demo/' }).end();
          return;
        }
        if (!path.startsWith('/dist/')) return next();
        const file = resolve('dist', `.${decodeURIComponent(path.slice('/dist'.length))}`);
        if (!file.startsWith(resolve('dist') + sep)) return next();
        readFile(file).then(
          (bytes) => res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(bytes),
          () => next(),
        );
      });
    },
  };
}

/** The demo, configurator and themes pages as a static site (GitHub Pages), with dist/ beside them. */
const pages: UserConfig = {
  base: './',
  build: {
    outDir: 'site',
    rolldownOptions: { input: ['demo/index.html', 'demo/configurator.html', 'demo/themes.html'] },
  },
};

const library: UserConfig = {
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
};

export default defineConfig(({ mode }) => (mode === 'pages' ? pages : library));
