import { type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { UiStrings } from '../content/types.js';
import { type ShareChannel } from '../events.js';
/** Renders a text, marked English where it stands in for a partner's missing text (see ContentController.say). */
type Say = (text: string) => unknown;
/** What sharing needs of the element: its cleaned settings, its public API and its shadow root. */
interface SharingHost extends ReactiveControllerHost, HTMLElement {
    /** A checked `share-url`, or undefined for the page's own address. */
    readonly shareUrl: string | undefined;
    /** A checked `link-prefix`. */
    readonly linkPrefix: string;
    readonly itemIds: string[];
    readonly renderRoot: HTMLElement | DocumentFragment;
    expand(id: string): void;
}
/**
 * The share bar, the links to single questions, and following them: copies
 * and shares on the reader's request, reports each share as an event, and
 * opens the question a location hash names.
 */
export declare class SharingController implements ReactiveController {
    private readonly host;
    /** The last copy: where (the share bar is '', else the item id), what, and whether it worked. A new object per copy, so the element knows to render the status again. */
    copied: {
        readonly where: string;
        readonly url: string;
        readonly ok: boolean;
    } | undefined;
    /**
     * Whether the browser has a share sheet (Web Share API), settled once per widget. A server
     * cannot know, so it renders the plain links, which work without a script too.
     */
    private readonly canShare;
    private readonly onHashChange;
    constructor(host: SharingHost);
    hostConnected(): void;
    hostDisconnected(): void;
    /** The address the share bar shares; a question's link adds its fragment. */
    get address(): string;
    /**
     * Follows the location hash to one of the widget's questions: opens it,
     * scrolls to it and moves focus there, as following a link does. A hash
     * that is malformed or names no question here is left alone, quietly: it
     * may belong to the page.
     */
    followHash(): Promise<void>;
    /** Copies the link to one question. */
    copyItemLink(id: string): Promise<void>;
    /** A share link was followed. */
    linkFollowed(channel: ShareChannel): void;
    /** Copies `url`, or says it could not (an insecure page, a refused permission, no clipboard) and shows it. */
    private copy;
    private announce;
    /** The device's share sheet; if it fails (not by the reader's cancelling), the link is copied instead. */
    private shareNatively;
    /**
     * The share bar: the device's share sheet where the browser has one, else a
     * copy button and plain links to WhatsApp, email, X, Facebook and LinkedIn,
     * one row of icons on a phone, each named by its text (shown when there is
     * room, else read by screen readers alone).
     */
    renderBar(ui: UiStrings, title: string, say: Say): import("lit-html").TemplateResult<1>;
    /**
     * The quiet control that ends each open answer. Closed answers leave it
     * out, so find-in-page, which opens the answer it matches, never matches it.
     */
    renderItemLink(id: string, ui: UiStrings, say: Say): import("lit-html").TemplateResult<1>;
    /** Says a copy worked, or shows the link to copy by hand. Always there, so screen readers hear the change. */
    private renderCopied;
}
export {};
