import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../internal/warn.js';
import { guardTheme } from './theme-guard.js';
import { tokens } from './tokens.js';

/** What the theme check needs of the element: its cleaned settings and its shadow root. */
interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  readonly colorScheme: 'light' | 'dark' | 'auto';
  readonly contrastGuard: 'auto' | 'off';
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Keeps the partner's theme usable (see guardTheme): checks it after the first
 * render, when `color-scheme` or `contrast-guard` change, when the reader's
 * system turns dark or light, when a resize of the window or the widget
 * changes what the tokens compute to (a partner's media query, CSS `if()`),
 * and on `refreshTheme()`; not on every toggle. Each problem is reported once
 * per widget.
 */
export class ThemeController implements ReactiveController {
  /** The settings at the last render's check, so a render that changed neither skips it. */
  private checked = '';
  /**
   * One query object, kept: matchMedia() makes a new one per call, which a listener could not be removed from.
   * Made on connection, so the constructor touches no browser object (a server renders it too).
   */
  private dark?: MediaQueryList;
  /** Theme problems already reported, so re-checks do not repeat them. */
  private reported = new Set<string>();
  private readonly onSchemeChange = () => this.check();
  /** The tokens' values at the last check, so a resize that changed none of them costs no check. */
  private given = '';
  private readonly onResize = () => {
    if (this.tokens() !== this.given) this.check();
  };
  /** Made on connection, which server rendering never reaches. */
  private resized?: ResizeObserver;
  /** The widget's width at the last resize seen. */
  private width = -1;

  constructor(private readonly host: ThemeHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved elsewhere in the page, the widget may inherit other tokens: check them after a new render.
    this.checked = '';
    this.host.requestUpdate();
    this.dark ??= matchMedia('(prefers-color-scheme: dark)');
    this.dark.addEventListener('change', this.onSchemeChange);
    addEventListener('resize', this.onResize);
    // Only a change of width can change what the tokens compute to; an answer opening changes the height alone.
    (this.resized ??= new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width !== this.width) {
        this.width = entry.contentRect.width;
        this.onResize();
      }
    })).observe(this.host);
  }

  hostDisconnected(): void {
    this.dark?.removeEventListener('change', this.onSchemeChange);
    removeEventListener('resize', this.onResize);
    this.resized?.disconnect();
  }

  private tokens(): string {
    const given = getComputedStyle(this.host);
    return tokens.map((token) => given.getPropertyValue(`--mms-guidance-${token.name}`)).join(';');
  }

  hostUpdated(): void {
    const { colorScheme, contrastGuard } = this.host;
    const settings = `${colorScheme} ${contrastGuard}`;
    // Recorded here only: a refreshTheme() before this render must not stand in for the check after it.
    if (settings === this.checked) return;
    this.checked = settings;
    this.check();
  }

  /** Checks the theme tokens now. */
  check(): void {
    const card = this.host.renderRoot.querySelector<HTMLElement>('.card');
    if (!card) return;
    this.given = this.tokens();
    const { colorScheme, contrastGuard } = this.host;
    const dark = colorScheme === 'dark' || (colorScheme === 'auto' && !!this.dark?.matches);
    guardTheme(this.host, card, dark ? 'dark' : 'light', contrastGuard !== 'off', (message) => {
      if (!this.reported.has(message)) warn(message);
      this.reported.add(message);
    });
  }
}
