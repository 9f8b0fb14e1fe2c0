import { defineConfig, type UserConfig } from 'vite';
import widget from '../vite.config.js';

/**
 * The widget's own build (its minifier, its content slimming and, with MMS_LANG,
 * its one-language swap) applied to build/floor-probe.ts instead of src/index.ts.
 * bench/floor.mjs gives the output folder.
 */
const base = widget as UserConfig;
export default defineConfig({
  ...base,
  build: {
    ...base.build,
    emptyOutDir: false,
    lib: { entry: 'build/floor-probe.ts', formats: ['es'], fileName: () => `floor.${process.env['MMS_LANG'] ?? 'all'}.js` },
  },
});
