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
 * - `pages`: the demo pages as a static site; `npm start` (serve) needs no mode;
 *   `npm run dev` is the dev server in mode `dev` (sourceServer below).
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

/** The source module each built file of dist/ is made from, for `npm run dev`. */
const sources: [RegExp, string][] = [
  [/^\/dist\/mms-guidance(?:\.[\w-]+)?\.js$/, '/src/index.ts'], // every language, whichever bundle is asked for
  [/^\/dist\/embed\.js$/, '/src/embed/embed.ts'],
  [/^\/dist\/embed-resizer\.js$/, '/src/embed/resizer.ts'],
  [/^\/dist\/embed\.css$/, '/src/embed/public/embed.css'],
];

/**
 * `npm run dev`: the demo pages on the source, with Vite's hot reload and
 * source maps. A page asking for a built file of dist/ gets the source module
 * it is made from (the other files of dist/, such as sri.json and html/, come
 * as built), and embed.html comes from src/embed/public with Vite's client,
 * its CSP letting that client reach the dev server's socket. A stylesheet
 * module (`*.styles.ts`) takes its own updates: its new CSS replaces the text
 * of the sheets the widgets already adopted, so they restyle in place; any
 * other edit reloads the page.
 */
function sourceServer(): Plugin {
  return {
    name: 'source-server',
    apply: (_config, { command, mode }) => command === 'serve' && mode === 'dev',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path = '/', query = ''] = (req.url ?? '/').split('?');
        if (path === '/dist/embed.html') {
          readFile('src/embed/public/embed.html', 'utf8')
            .then((html) => server.transformIndexHtml(req.url ?? path, html))
            .then((html) =>
              res
                .writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-cache' })
                .end(html.replace("default-src 'none';", "default-src 'none'; connect-src 'self';")),
            )
            .catch(next);
          return;
        }
        const source = sources.find(([pattern]) => pattern.test(path))?.[1];
        if (source) req.url = query ? `${source}?${query}` : source;
        next();
      });
    },
    transform(code, id) {
      if (!/\/src\/.*\.styles\.ts$/.test(id)) return undefined;
      const names = [...code.matchAll(/^export const (\w+)/gm)].map((match) => match[1]);
      return `${code}
if (import.meta.hot) {
  const sheets = (import.meta.hot.data.sheets ??= {});
  for (const [name, result] of Object.entries({ ${names.join(', ')} })) {
    if (sheets[name]) sheets[name].replaceSync(result.cssText);
    else sheets[name] = result.styleSheet;
  }
  import.meta.hot.accept();
}
`;
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
  command === 'serve' ? { plugins: [sourceServer(), demoServer()], server: { host: '127.0.0.1' } } : configFor(mode),
);
