import type { MmsGuidance } from '../../src/mms-guidance.js';

export const shadow = (element: MmsGuidance): ShadowRoot => element.shadowRoot!;

export const part = (element: MmsGuidance, name: string): HTMLElement => {
  const found = shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
};

export const parts = (element: MmsGuidance, name: string): HTMLElement[] => [
  ...shadow(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

export const questions = (element: MmsGuidance): HTMLButtonElement[] =>
  parts(element, 'faq-question') as HTMLButtonElement[];

export const question = (element: MmsGuidance, id: string): HTMLButtonElement =>
  shadow(element).querySelector<HTMLButtonElement>(`#q-${id}`)!;

/** The answer panel that a question's aria-controls points to. */
export const answerFor = (button: HTMLButtonElement): HTMLElement =>
  button.getRootNode() instanceof ShadowRoot
    ? (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)!
    : document.getElementById(button.getAttribute('aria-controls')!)!;

/** Whether a reader sees the answer: not hidden, and laid out with some height. */
export const isShown = (panel: HTMLElement): boolean => !panel.hasAttribute('hidden') && panel.offsetHeight > 0;

/**
 * What a reader sees, with HTML's collapsible white space (ASCII) collapsed; no-break spaces, such as French's
 * narrow one before "?", are kept, since they are what stops the sign wrapping onto a line of its own.
 */
export const visibleText = (node: HTMLElement): string => node.innerText.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** What an answer panel says, without the copy-link control that ends it. */
export const answerText = (panel: Element): string =>
  visibleText(panel.querySelector<HTMLElement>('.faq-answer-text')!);
