import { type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Language } from './types.js';
/**
 * What the widget says, and in which language: the built-in languages with
 * the partner's inline and fetched content laid on top, and the language the
 * page asks for through `lang`. Watches the page for `lang` changes (and the
 * element for `dir` and inline-content changes), so the next render follows.
 */
export declare class ContentController implements ReactiveController {
    private readonly host;
    /** The language shown now. */
    content: Language;
    /** The language the page asks for, as written. */
    requested: string;
    /** The reader asked for the English original of an unreviewed translation. */
    original: boolean;
    /** Every language this widget has: built in, then the partner's. */
    languages: Language[];
    /** Every string of the English content, to recognise English standing in for a partner's missing text. */
    private english;
    /** The language shown is a partner's own, with no built-in translation under it: missing text falls back to English. */
    private fallsBackToEnglish;
    private inlineText;
    private inline;
    private fetched;
    private layered;
    /** The newest `content-src` asked for; an older answer arriving late is dropped. */
    private src;
    /**
     * Something that decides the content may have changed: a `lang` or the inline
     * content (the watcher), fetched content, the original switch, a move in the
     * page. Until then, updates (a toggle, say) skip the DOM reads.
     */
    private stale;
    /** Made on connection, so the constructor touches no browser object (a server renders it too). */
    private watcher?;
    constructor(host: ReactiveControllerHost & HTMLElement);
    hostConnected(): void;
    hostDisconnected(): void;
    /** The translation the page asked for, while the reader looks at its English original. */
    get translation(): Language | undefined;
    /** Before each render: reads the inline content if it changed, then picks the language. */
    hostUpdate(): void;
    /**
     * A text as rendered, marked `lang="en"` where it is English standing in for
     * text a partner's new language lacks, so screen readers switch voice.
     */
    say(text: string, rendered?: unknown): unknown;
    /** Switches between an unreviewed translation and its English original. */
    toggleOriginal(): void;
    private refresh;
    /** Fetches `content-src` (or forgets it, for none); the built-in text stays until it arrives, and if it fails. */
    load(src: string | undefined, timeout: number): Promise<void>;
}
