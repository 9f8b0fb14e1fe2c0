import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../content/types.js';
/**
 * The widget's part in the page's one FAQPage JSON-LD (structured-data.ts):
 * rewritten when the content changes (a language, partner text), not on every
 * toggle, and given up when `structured-data` goes or the widget leaves the page.
 */
export declare class StructuredDataController implements ReactiveController {
    private readonly host;
    private readonly wanted;
    /** The content this widget last wrote, while it asks for structured data. */
    private described;
    /** `wanted` gives the content shown, or undefined while the widget does not ask for structured data. */
    constructor(host: ReactiveControllerHost & Element, wanted: () => Language | undefined);
    hostConnected(): void;
    hostUpdated(): void;
    /** A widget moved in the page is disconnected and connected again at once: it keeps its place as the page's voice. */
    hostDisconnected(): void;
    private leave;
}
