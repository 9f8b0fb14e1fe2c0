import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { MmsGuidance } from '../src/mms-guidance.js';

/**
 * A widget carrying partner content inline, as a partner's page writes it:
 * `<script type="application/json">` inside the element. Not yet on the page.
 */
export function widgetWithContent(json: unknown, attributes: Record<string, string> = {}): MmsGuidance {
  const el = document.createElement('mms-guidance');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  el.append(script);
  return el;
}

/** Renders a template and returns the first <mms-guidance> in it, updated. */
export async function render(template: TemplateResult): Promise<MmsGuidance> {
  const root = await fixture<HTMLElement>(template);
  const element = root.localName === 'mms-guidance' ? root : root.querySelector('mms-guidance');
  if (!element) throw new Error('the template has no <mms-guidance>');
  await (element as MmsGuidance).updateComplete;
  return element as MmsGuidance;
}

/** Waits a task, so MutationObservers and clicks' async work run, then for the render that follows. */
export async function settled(element: MmsGuidance): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

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

/** Waits, up to 5 s, until a condition holds by its own signs, not for a fixed delay; fails naming what it waited for. */
export async function until(ready: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Collects console.warn (or console.error) calls during each test of the file or suite that calls it. */
export function warningsDuringEachTest(level: 'warn' | 'error' = 'warn'): { readonly messages: string[] } {
  const collected = { messages: [] as string[] };
  const original = console[level];
  beforeEach(() => {
    collected.messages = [];
    console[level] = (...args: unknown[]) => collected.messages.push(args.map(String).join(' '));
  });
  afterEach(() => (console[level] = original));
  return collected;
}

/** Text of docs/sources.md, the list of sources and the fidelity rules. */
export async function sourcesMd(): Promise<string> {
  const response = await fetch('/docs/sources.md');
  if (!response.ok) throw new Error(`docs/sources.md: HTTP ${response.status}`);
  return response.text();
}

/** The colour pairs a reader must read, measured from computed styles: [what, foreground, background, AA minimum]. */
export function readablePairs(element: MmsGuidance): [string, string, string, number][] {
  const style = (name: string) => getComputedStyle(part(element, name));
  const surface = style('card').backgroundColor;
  const question = getComputedStyle(questions(element)[0]!);
  return [
    ['body text', style('context').color, surface, 4.5],
    ['muted text', style('meta').color, surface, 4.5],
    ['question', question.color, surface, 4.5],
    ['expand all', style('toggle-all').color, surface, 4.5],
    ['key message', style('key-message-text').color, style('key-message').backgroundColor, 4.5],
    ['guidance link', style('guidance-link').color, style('guidance-link').backgroundColor, 4.5],
    ['chevron (non-text)', style('faq-icon').borderRightColor, surface, 3],
  ];
}

/** Chromium is the engine whose protocol (CDP) can emulate media here. */
export const canEmulateMedia = /Chrome\//.test(navigator.userAgent);

interface MediaEmulation {
  media?: 'print' | 'screen' | '';
  features?: { name: string; value: string }[];
}

/** Emulates media in Chromium (see scripts/emulate-media-plugin.mjs); call with {} to reset. */
export async function emulate(emulation: MediaEmulation): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('emulate-media-features', emulation);
}

/** Adds a frame with the given page and style to the document, and resolves once it has loaded. */
export function loadFrame(src: string, style: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.title = 'Test page';
    frame.style.cssText = style;
    frame.addEventListener('load', () => resolve(frame), { once: true });
    frame.src = src;
    document.body.append(frame);
  });
}

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
