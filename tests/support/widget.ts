import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { MmsGuidance } from '../../src/mms-guidance.js';

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
