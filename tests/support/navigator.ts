import type { TemplateResult } from 'lit';
import type { MmsGuidance } from '../../src/mms-guidance.js';
import { render } from './widget.js';

/**
 * Replaces a navigator feature (the Web Share API, the clipboard) for a test,
 * since each engine here has them differently or not at all. Returns the undo.
 */
export function stubNavigator(name: 'share' | 'clipboard', value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(navigator, name, own);
    else Reflect.deleteProperty(navigator, name);
  };
}

/** Renders as in a browser with no share sheet (most desktops), so the plain share links show. */
export async function renderWithoutShareSheet(template: TemplateResult): Promise<MmsGuidance> {
  const engines = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
  if (engines) Reflect.deleteProperty(Navigator.prototype, 'share');
  try {
    return await render(template);
  } finally {
    if (engines) Object.defineProperty(Navigator.prototype, 'share', engines);
  }
}
