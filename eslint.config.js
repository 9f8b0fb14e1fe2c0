import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['site/', 'release/', 'dist/', '.test-tmp/', 'node_modules/', 'bench/node_modules/', 'bench/site/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    files: ['scripts/**/*.mjs', 'build/**', 'tests/runner/**', '*.config.*', '.puppeteerrc.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node scripts that also hand functions to the browser (page.evaluate).
    files: ['bench/*.mjs', 'tests/node/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/pages/*.js', 'bench/probe.js', 'dist/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['tests/**/*.ts'],
    // Chai asserts with property chains such as `.to.exist`; a missing node fails the test either way.
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
