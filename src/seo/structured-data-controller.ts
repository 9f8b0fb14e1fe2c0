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
    private readonly host: ReactiveControllerHost & Element,
    private readonly wanted: () => Language | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const content = this.wanted();
    if (!content) this.leave();
    else if (this.described !== content) {
      this.described = content;
      wantStructuredData(this, content);
    }
  }

  /** A widget moved in the page is disconnected and connected again at once: it keeps its place as the page's voice. */
  hostDisconnected(): void {
    queueMicrotask(() => {
      if (!this.host.isConnected) this.leave();
    });
  }

  private leave(): void {
    this.described = undefined;
    leaveStructuredData(this);
  }
}
