import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../content/types.js';
import { leaveStructuredData, wantStructuredData } from './structured-data.js';

/**
 * The widget's part in the page's one FAQPage JSON-LD (structured-data.ts):
 * rewritten when the content changes (a language, partner text), not on every
 * toggle, and given up when `structured-data` goes or the widget leaves the page.
 */
export class StructuredDataController implements ReactiveController {
  /** The content this widget last wrote, while it asks for structured data. */
  private described: Language | undefined;

  /** `wanted` gives the content shown, or undefined while the widget does not ask for structured data. */
  constructor(
    host: ReactiveControllerHost,
    private readonly wanted: () => Language | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const content = this.wanted();
    if (!content) this.hostDisconnected();
    else if (this.described !== content) {
      this.described = content;
      wantStructuredData(this, content);
    }
  }

  hostDisconnected(): void {
    this.described = undefined;
    leaveStructuredData(this);
  }
}
