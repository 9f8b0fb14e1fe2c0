// Types for the browser test that keeps docs/translation-review/ in step with the content.
import type { Language } from '../src/content/types.js';

export function reviewPage(english: Language, translation: Language): string;
