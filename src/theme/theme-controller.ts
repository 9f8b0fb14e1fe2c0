import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../internal/warn.js';
import { guardTheme } from './theme-guard.js';

/** What the theme check needs of the element: its cleaned settings and its shadow root. */
interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  readonly colorScheme: 'light' | 'dark' | 'auto';
  readonly contrastGuard: 'auto' | 'off';
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

/**
 * Keeps the partner's theme usable (see guardTheme): checks it after the first
 * render, when `color-scheme` or `contrast-guard` change, when the reader's
 * system turns dark or light, and on `refreshTheme()`; not on every toggle.
 * Each problem is reported once per widget.
 */
export class ThemeController implements ReactiveController {
  /** The settings last checked, so a render that changed neither skips the check. */
  private checked = '';
  /** Theme problems already reported, so re-checks do not repeat them. */
  private reported = new Set<string>();
  private readonly onSchemeChange = () => this.check();

  constructor(private readonly host: ThemeHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved elsewhere in the page, the widget may inherit other tokens: check them on the next render.
    this.checked = '';
    darkQuery().addEventListener('change', this.onSchemeChange);
  }

  hostDisconnected(): void {
    darkQuery().removeEventListener('change', this.onSchemeChange);
  }

  hostUpdated(): void {
    const { colorScheme, contrastGuard } = this.host;
    if (`${colorScheme} ${contrastGuard}` !== this.checked) this.check();
  }

  /** Checks the theme tokens now. */
  check(): void {
    const card = this.host.renderRoot.querySelector<HTMLElement>('.card');
    if (!card) return;
    const { colorScheme, contrastGuard } = this.host;
    this.checked = `${colorScheme} ${contrastGuard}`;
    const dark = colorScheme === 'dark' || (colorScheme === 'auto' && darkQuery().matches);
    guardTheme(this.host, card, dark ? 'dark' : 'light', contrastGuard !== 'off', (message) => {
      if (!this.reported.has(message)) warn(message);
      this.reported.add(message);
    });
  }
}
