// Types for the browser test that parses the XLIFF with the browser's own XML parser.
import type { Language } from '../../src/content/types.js';

export interface Unit {
  id: string;
  path: (string | number)[];
  source: string;
  target: string;
  sourceKey: string;
  note: string;
  question?: string;
}

export function unitsOf(english: Language, translation: Language | undefined, lang: string): Unit[];
