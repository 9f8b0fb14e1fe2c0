import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** What the theme check needs of the element: its cleaned settings and its shadow root. */
interface ThemeHost extends ReactiveControllerHost, HTMLElement {
    readonly colorScheme: 'light' | 'dark' | 'auto';
    readonly contrastGuard: 'auto' | 'off';
    readonly renderRoot: HTMLElement | DocumentFragment;
}
/**
 * Keeps the partner's theme usable (see guardTheme): checks it after the first
 * render, when `color-scheme` or `contrast-guard` change, when the reader's
 * system turns dark or light, and on `refreshTheme()`; not on every toggle.
 * Each problem is reported once per widget.
 */
export declare class ThemeController implements ReactiveController {
    private readonly host;
    /** The settings last checked, so a render that changed neither skips the check. */
    private checked;
    /** Theme problems already reported, so re-checks do not repeat them. */
    private reported;
    private readonly onSchemeChange;
    constructor(host: ThemeHost);
    hostConnected(): void;
    hostDisconnected(): void;
    hostUpdated(): void;
    /** Checks the theme tokens now. */
    check(): void;
}
export {};
