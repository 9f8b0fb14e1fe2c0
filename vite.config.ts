import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { defineConfig, type LibraryOptions, type Plugin, type UserConfig } from 'vite';
import { oneLanguage } from './build/one-language.js';
import { slimBundle } from './build/slim-bundle.js';

/*
 * One config, one mode per output (`vite build --mode <mode>`), each building
 * into the folder it is given and emptying nothing, so no mode depends on
 * another's order (build/build.mjs empties dist/ first):
 * - `bundle`: dist/mms-guidance.js and .iife.js, every language;
 * - `bundle-<lang>`: dist/mms-guidance.<lang>.js, that language and English;
 * - `embed`: the iframe page, its script and the partner page's resizer;
 * - `npm`: the npm entries, for apps with their own bundler;
 * - `floor` and `floor-<lang>`: the bench's no-behaviour probe, built as `bundle`;
 * - `pages`: the demo pages as a static site; `npm start` (serve) needs no mode.
 */

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
          (bytes) =>
            res
              .writeHead(200, {
                'Content-Type': types[extname(file)] ?? 'application/octet-stream',
                'Cache-Control': 'no-cache',
              })
              .end(bytes),
          () => next(),
        );
      });
    },
  };
}

/**
 * The minified, self-contained bundle shape (Lit inside) shared by the bundles,
 * the embed and the floor probe. Vite leaves ES library output unminified, so
 * that apps' own bundlers can still tree-shake it; these files are final, so
 * Rolldown's output minify is set as well.
 */
const finalBundle = (lib: LibraryOptions, plugins: Plugin[] = []): UserConfig => ({
  plugins: [slimBundle(), ...plugins],
  build: {
    target: 'es2021',
    minify: true,
    sourcemap: false,
    emptyOutDir: false,
    lib,
    rolldownOptions: { output: { minify: true } },
  },
});

/** For `bundle-fr`, `floor-fr`: the language; for `bundle`, `floor`: undefined (every language). */
const languageOf = (mode: string) => /^(?:bundle|floor)-(.+)$/.exec(mode)?.[1];

function configFor(mode: string): UserConfig {
  const lang = languageOf(mode);
  const onlyLang = lang ? [oneLanguage(lang)] : [];
  if (mode === 'bundle' || mode.startsWith('bundle-')) {
    return finalBundle(
      {
        entry: 'src/index.ts',
        name: 'MmsGuidance',
        formats: lang ? ['es'] : ['es', 'iife'],
        fileName: (format) => `mms-guidance${lang ? `.${lang}` : ''}${format === 'es' ? '' : `.${format}`}.js`,
      },
      onlyLang,
    );
  }
  if (mode === 'floor' || mode.startsWith('floor-')) {
    return {
      ...finalBundle(
        { entry: 'bench/floor-probe.ts', formats: ['es'], fileName: () => `floor.${lang ?? 'all'}.js` },
        onlyLang,
      ),
      // bench/ has its own node_modules (peers' Lit among them); the probe must weigh the widget's one Lit.
      resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
    };
  }
  if (mode === 'embed') {
    // embed.html and embed.css come from src/embed/public as they are.
    return {
      ...finalBundle({
        entry: { embed: 'src/embed/embed.ts', 'embed-resizer': 'src/embed/resizer.ts' },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      }),
      publicDir: 'src/embed/public',
    };
  }
  if (mode === 'npm') {
    // Lit stays an import, so the app's copy is shared; one file per source
    // module, named as in src/, with no hashed chunks to chase.
    return {
      build: {
        target: 'es2021',
        minify: false,
        emptyOutDir: false,
        lib: { entry: { index: 'src/index.ts', 'mms-guidance': 'src/mms-guidance.ts' }, formats: ['es'] },
        rolldownOptions: {
          external: (id) => id === 'lit' || id.startsWith('lit/'),
          output: { preserveModules: true, preserveModulesRoot: 'src' },
        },
      },
    };
  }
  if (mode === 'pages') {
    return {
      base: './',
      build: {
        outDir: 'site',
        rolldownOptions: { input: ['demo/index.html', 'demo/configurator.html', 'demo/themes.html'] },
      },
    };
  }
  throw new Error(
    `vite build needs --mode bundle, bundle-<lang>, embed, npm, floor, floor-<lang> or pages, not "${mode}"`,
  );
}

export default defineConfig(({ command, mode }) =>
  command === 'serve' ? { plugins: [demoServer()], server: { host: '127.0.0.1' } } : configFor(mode),
);
