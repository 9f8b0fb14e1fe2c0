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
 * system turns dark or light, when a resize of the window or the widget
 * changes what the tokens compute to (a partner's media query, CSS `if()`),
 * and on `refreshTheme()`; not on every toggle. Each problem is reported once
 * per widget.
 */
export declare class ThemeController implements ReactiveController {
    private readonly host;
    /** The settings at the last render's check, so a render that changed neither skips it. */
    private checked;
    /**
     * One query object, kept: matchMedia() makes a new one per call, which a listener could not be removed from.
     * Made on connection, so the constructor touches no browser object (a server renders it too).
     */
    private dark?;
    /** Theme problems already reported, so re-checks do not repeat them. */
    private reported;
    private readonly onSchemeChange;
    /** The tokens' values at the last check, so a resize that changed none of them costs no check. */
    private given;
    private readonly onResize;
    /** Made on connection, which server rendering never reaches. */
    private resized?;
    /** The widget's width at the last resize seen. */
    private width;
    constructor(host: ThemeHost);
    hostConnected(): void;
    hostDisconnected(): void;
    private tokens;
    hostUpdated(): void;
    /** Checks the theme tokens now. */
    check(): void;
}
export {};
