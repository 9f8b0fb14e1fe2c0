import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { UiStrings } from '../content/types.js';
import { idFromHash, pageUrl, withFragment } from './deep-links.js';
import { emit, type ShareChannel } from '../events.js';
import { copyIcon, shareLinks } from './share-links.js';

/** An icon beside a control's text name; decoration, hidden from screen readers. */
const icon = (d: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

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
export class SharingController implements ReactiveController {
  /** The last copy: where (the share bar is '', else the item id), what, and whether it worked. A new object per copy, so the element knows to render the status again. */
  copied: { readonly where: string; readonly url: string; readonly ok: boolean } | undefined;
  /**
   * Whether the browser has a share sheet (Web Share API), settled once per widget. A server
   * cannot know, so it renders the plain links, which work without a script too.
   */
  private readonly canShare = !isServer && 'share' in navigator;
  private readonly onHashChange = () => void this.followHash();

  constructor(private readonly host: SharingHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
  }

  /** The address the share bar shares; a question's link adds its fragment. */
  get address(): string {
    // A server does not know the page's address: its links carry the text alone until the script arrives.
    return this.host.shareUrl ?? (isServer ? '' : pageUrl());
  }

  /**
   * Follows the location hash to one of the widget's questions: opens it,
   * scrolls to it and moves focus there, as following a link does. A hash
   * that is malformed or names no question here is left alone, quietly: it
   * may belong to the page.
   */
  async followHash(): Promise<void> {
    const id = idFromHash(location.hash, this.host.linkPrefix);
    if (!id || !this.host.itemIds.includes(id)) return;
    this.host.expand(id);
    await this.host.updateComplete;
    const question = this.host.renderRoot.querySelector<HTMLElement>(`#q-${id}`);
    question?.focus({ preventScroll: true });
    question?.scrollIntoView(); // block: 'start', as a followed link scrolls
  }

  /** Copies the link to one question. */
  copyItemLink(id: string): Promise<void> {
    return this.copy(withFragment(this.address, this.host.linkPrefix + id), id);
  }

  /** A share link was followed. */
  linkFollowed(channel: ShareChannel): void {
    this.announce(channel, this.address);
  }

  /** Copies `url`, or says it could not (an insecure page, a refused permission, no clipboard) and shows it. */
  private async copy(url: string, id?: string): Promise<void> {
    let ok = true;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      ok = false;
    }
    this.copied = { where: id ?? '', url, ok };
    this.host.requestUpdate();
    if (ok) this.announce('copy', url, id);
  }

  private announce(channel: ShareChannel, url: string, id?: string): void {
    emit(this.host, 'mms-guidance-share', id ? { channel, url, id } : { channel, url });
  }

  /** The device's share sheet; if it fails (not by the reader's cancelling), the link is copied instead. */
  private async shareNatively(title: string, text: string): Promise<void> {
    const url = this.address;
    try {
      await navigator.share({ title, text, url });
      this.announce('native', url);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') await this.copy(url);
    }
  }

  /**
   * The share bar: the device's share sheet where the browser has one, else a
   * copy button and plain links to WhatsApp, email, X, Facebook and LinkedIn,
   * one row of icons on a phone, each named by its text (shown when there is
   * room, else read by screen readers alone).
   */
  renderBar(ui: UiStrings, title: string, say: Say) {
    const url = this.address;
    return html`<div class="share" part="share" role="group" aria-labelledby="share-label">
      <span class="share-label" id="share-label">${say(ui.share)}</span>
      ${
        this.canShare
          ? html`<button
              type="button"
              class="share-button"
              part="share-button"
              @click=${() => this.shareNatively(title, ui.shareText)}
            >
              ${say(ui.shareButton)}
            </button>`
          : html`<button
                type="button"
                class="share-button share-target"
                part="share-button"
                @click=${() => this.copy(url)}
              >
                ${icon(copyIcon)}<span class="share-name">${say(ui.copyLink)}</span>
              </button>
              ${shareLinks(url, ui.shareText).map(([channel, href, path, name]) =>
                channel === 'email'
                  ? html`<a class="share-link share-target" part="share-link" href=${href} data-channel=${channel}
                      >${icon(path)}<span class="share-name">${say(ui.email)}</span></a
                    >`
                  : html`<a
                      class="share-link share-target"
                      part="share-link"
                      href=${href}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-describedby="new-tab"
                      data-channel=${channel}
                      >${icon(path)}<span class="share-name">${name}</span></a
                    >`,
              )}
              <span id="new-tab" hidden>${say(ui.newTab)}</span>`
      }
      ${this.renderCopied('', ui, say)}
    </div>`;
  }

  /**
   * The quiet control that ends each open answer. Closed answers leave it
   * out, so find-in-page, which opens the answer it matches, never matches it.
   */
  renderItemLink(id: string, ui: UiStrings, say: Say) {
    return html`<button type="button" class="copy-item-link" part="copy-item-link" data-id=${id}>
        ${icon(copyIcon)}${say(ui.copyItemLink)}
      </button>
      ${this.renderCopied(id, ui, say)}`;
  }

  /** Says a copy worked, or shows the link to copy by hand. Always there, so screen readers hear the change. */
  private renderCopied(where: string, ui: UiStrings, say: Say) {
    const copied = this.copied?.where === where ? this.copied : undefined;
    return html`<p class="copy-status" part="copy-status" role="status">
      ${
        !copied
          ? nothing
          : copied.ok
            ? say(ui.copied)
            : html`${say(ui.copyFailed)} <span class="copy-url">${copied.url}</span>`
      }
    </p>`;
  }
}
