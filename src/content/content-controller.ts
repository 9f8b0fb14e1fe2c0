import { html, isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { builtIn } from './builtin.js';
import { en } from './en.js';
import { fetchContent } from './fetch-content.js';
import { checkPartnerContent, parsePartnerContent, withPartnerContent, type PartnerContent } from './partner.js';
import type { Language } from './types.js';
import { bestMatch, requestedLang } from './language.js';
import { fail, messageOf, quote, warn } from '../internal/warn.js';

/** Every string in a content object, however deep. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value
      ? Object.values(value).flatMap(stringsOf)
      : [];

/** Partner content inside the element: `<script type="application/json">`, which browsers never run or show. */
const inlineContentOf = (host: Element) => host.querySelector(':scope > script[type="application/json"]');

/**
 * What the widget says, and in which language: the built-in languages with
 * the partner's inline and fetched content laid on top, and the language the
 * page asks for through `lang`. Watches the page for `lang` changes (and the
 * element for `dir` and inline-content changes), so the next render follows.
 */
export class ContentController implements ReactiveController {
  /** The language shown now. */
  content: Language = en;
  /** The language the page asks for, as written. */
  requested = '';
  /** The reader asked for the English original of an unreviewed translation. */
  original = false;
  /** Every language this widget has: built in, then the partner's. */
  languages: Language[] = builtIn;

  /** Every string of the English content, to recognise English standing in for a partner's missing text. */
  private english = new Set<string>();
  /** The language shown is a partner's own, with no built-in translation under it: missing text falls back to English. */
  private fallsBackToEnglish = false;
  private inlineText: string | null = null;
  private inline: PartnerContent = {};
  private fetched: PartnerContent = {};
  private layered: PartnerContent = {};
  /** The newest `content-src` asked for; an older answer arriving late is dropped. */
  private src: string | undefined;
  /**
   * Something that decides the content may have changed: a `lang` or the inline
   * content (the watcher), fetched content, the original switch, a move in the
   * page. Until then, updates (a toggle, say) skip the DOM reads.
   */
  private stale = true;
  /** Made on connection, so the constructor touches no browser object (a server renders it too). */
  private watcher?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Placed, or moved to another part of the page, perhaps under another `lang`: render again.
    this.refresh();
    this.watcher ??= new MutationObserver(() => this.refresh());
    this.watcher.observe(document.documentElement, { subtree: true, attributeFilter: ['lang'] });
    this.watcher.observe(this.host, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['lang', 'dir'],
    });
  }

  hostDisconnected(): void {
    this.watcher?.disconnect();
  }

  /** The translation the page asked for, while the reader looks at its English original. */
  get translation(): Language | undefined {
    return bestMatch(this.requested, this.languages);
  }

  /** Before each render: reads the inline content if it changed, then picks the language. */
  hostUpdate(): void {
    if (!this.stale) return;
    this.stale = false;
    // A server has no children to read: partner content reaches the page's widget when it upgrades.
    const text = isServer ? null : (inlineContentOf(this.host)?.textContent ?? null);
    let layersChanged = false;
    if (text !== this.inlineText) {
      this.inlineText = text;
      this.inline = text === null ? {} : parsePartnerContent(text);
      layersChanged = true;
    }
    if (this.fetched !== this.layered) {
      this.layered = this.fetched;
      layersChanged = true;
    }
    if (layersChanged) {
      this.languages = withPartnerContent(withPartnerContent(builtIn, this.inline), this.fetched);
      this.english = new Set(stringsOf(this.languages[0]));
    }
    const requested = requestedLang(this.host);
    const langChanged = requested !== this.requested;
    if (langChanged) {
      this.requested = requested;
      this.original = false;
    }
    if ((langChanged || layersChanged) && !bestMatch(requested, this.languages)) {
      const known = this.languages.map((language) => language.lang).join(', ');
      warn(`lang=${quote(requested)} has no content here; showing English. Languages: ${known}.`);
    }
    // languages[0] is English, with any partner changes to it.
    this.content = bestMatch(this.original ? 'en' : requested, this.languages) ?? this.languages[0] ?? en;
    this.fallsBackToEnglish = !bestMatch(this.content.lang, builtIn);
  }

  /**
   * A text as rendered, marked `lang="en"` where it is English standing in for
   * text a partner's new language lacks, so screen readers switch voice.
   */
  say(text: string, rendered: unknown = text): unknown {
    return this.fallsBackToEnglish && this.english.has(text) ? html`<span lang="en">${rendered}</span>` : rendered;
  }

  /** Switches between an unreviewed translation and its English original. */
  toggleOriginal(): void {
    this.original = !this.original;
    this.refresh();
  }

  private refresh(): void {
    this.stale = true;
    this.host.requestUpdate();
  }

  /** Fetches `content-src` (or forgets it, for none); the built-in text stays until it arrives, and if it fails. */
  async load(src: string | undefined, timeout: number): Promise<void> {
    this.src = src;
    let content: PartnerContent = {};
    if (src) {
      try {
        content = checkPartnerContent(await fetchContent(src, timeout), `content-src ${quote(src)}`, fail);
      } catch (error) {
        fail(`content-src ${quote(src)} ${messageOf(error)}; showing the built-in content.`);
      }
    }
    // A newer content-src may have been set while this one loaded; it wins.
    if (src !== this.src) return;
    this.fetched = content;
    this.refresh();
  }
}
