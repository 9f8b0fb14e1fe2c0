// The built-in languages: one module per language tag in src/content.
import { readdirSync } from 'node:fs';

export const languages = readdirSync('src/content')
  .filter((name) => /^[a-z]{2,3}\.ts$/.test(name))
  .map((name) => name.slice(0, -3))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

/** The per-language bundles: each carries English plus its language. */
export const languageBundles = languages.map((lang) => `mms-guidance.${lang}.js`);
