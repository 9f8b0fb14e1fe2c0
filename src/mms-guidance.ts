import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { focusTarget } from './accordion-keys.js';
import { ContentController } from './content/content-controller.js';
import { issuedIso } from './content/en.js';
import { listIn } from './content/locale-format.js';
import { reviewStatus } from './content/review-status.js';
import { richText } from './content/rich-text.js';
import { hmhbAnnouncement, whoEmlEntry } from './content/sources.js';
import type { FaqItem, Language } from './content/types.js';
import { emit, type LinkKind, type ShareChannel } from './events.js';
import {
  headingLevelFrom,
  idListConverter,
  linkPrefixFrom,
  oneOf,
  warnNearMisses,
  webUrlFrom,
} from './internal/attributes.js';
import { heading } from './internal/heading.js';
import { quote, warn } from './internal/warn.js';
import { styles } from './mms-guidance.styles.js';
import { StructuredDataController } from './seo/structured-data-controller.js';
import { SharingController } from './sharing/sharing-controller.js';
import { sharingStyles } from './sharing/sharing.styles.js';
import { ThemeController } from './theme/theme-controller.js';
import { themeStyles } from './theme/theme.styles.js';

/**
 * Closed answers stay findable: where the browser knows hidden="until-found",
 * find-in-page reveals them; elsewhere the truthy value hides them as plain
 * `hidden`. TypeScript's DOM types still say `hidden: boolean`, hence the cast.
 */
const hiddenUnlessOpen = (open: boolean) => (open ? false : 'until-found') as boolean;

/** The sources' pages are in English: links to them say so (`hreflang`), a partner's own page is left unmarked. */
const englishPage = (href: string) => (href === hmhbAnnouncement ? 'en' : nothing);

/** The chevron is drawn with borders in currentColor, so it shows in forced colours; it is decoration. */
const chevron = html`<span class="faq-icon" part="faq-icon" aria-hidden="true"></span>`;

/**
 * The MMS TAG's guidance on postpartum use of multiple micronutrient supplements
 * (MMS): a card with the key message and its context, then an FAQ accordion that
 * follows the WAI-ARIA accordion pattern.
 *
 * Languages: English, French (`fr`), Spanish (`es`), Portuguese (`pt`) and
 * Urdu (`ur`, right to left). The widget speaks the language of its own `lang`
 * attribute, else the nearest ancestor's, else the document's, and follows
 * changes; `fr-BF` gets French, and a language it lacks gets English with a
 * warning. A partner may change any wording, or add a language, with JSON
 * inside the element (`<script type="application/json">`) or from
 * `content-src`; see `dist/content.schema.json`.
 *
 * @summary Embeddable MMS postpartum guidance card with an accessible FAQ.
 * @tagname mms-guidance
 *
 * @fires {CustomEvent<ToggleDetail>} mms-guidance-toggle - The reader opened or closed one FAQ item (click, keyboard or find-in-page). `detail: { id, open }`. Not fired by methods or attributes.
 * @fires {CustomEvent<ToggleAllDetail>} mms-guidance-toggle-all - The reader pressed "Expand all" or "Collapse all". `detail: { open }`. Not fired by methods or attributes.
 * @fires {CustomEvent<LinkDetail>} mms-guidance-link - The reader followed a link. `detail: { kind, href }`; `kind` is `guidance` ("Read the announcement"), `source` (a source in the provenance line) or `content` (a link in partner text).
 * @fires {CustomEvent<ShareDetail>} mms-guidance-share - The reader shared. `detail: { channel, url, id? }`; `channel` is `native` (the device's share sheet), `copy` (a copied link; `id` names the question for a question's link), `whatsapp`, `email`, `x`, `facebook` or `linkedin`.
 *
 * @csspart card - The outer card (`<article>`), which carries the content's `lang` and `dir`.
 * @csspart language-notice - On an unreviewed translation: the notice that says so, with the switch to the English original.
 * @csspart language-switch - The notice's button: "Show the English original", then the translation's name to switch back.
 * @csspart provenance - The last line: the sources shown (HMHB, with the guidance's date, and the WHO Essential Medicines List), each linked; the content version; and whether the translation was reviewed, and when.
 * @csspart title - The card title heading.
 * @csspart meta - Who issued the guidance and when.
 * @csspart key-message - The key-message callout.
 * @csspart key-message-label - The "Key message" label inside the callout.
 * @csspart key-message-text - The key message itself.
 * @csspart plain-words - The key message in plain words, with its label: inside the key-message callout, and at the end of the leftover-tablets answer.
 * @csspart plain-words-label - The "In plain words" label.
 * @csspart plain-words-text - The plain-words summary itself.
 * @csspart context - The block of context paragraphs.
 * @csspart guidance-link - The "Read the announcement" link: HMHB's announcement of the guidance.
 * @csspart referral - The line pointing readers to their health worker.
 * @csspart faq - The FAQ section.
 * @csspart faq-title - The FAQ heading.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button.
 * @csspart faq-item - One question with its answer.
 * @csspart faq-heading - The heading that holds a question button.
 * @csspart faq-question - The question button.
 * @csspart faq-icon - The chevron inside a question button.
 * @csspart faq-answer - The answer panel.
 * @csspart copy-item-link - The "Copy link to this question" button at the end of each answer.
 * @csspart copy-status - Says a link was copied, or shows it to copy by hand (`role="status"`).
 * @csspart share - The share bar.
 * @csspart share-button - "Share" (the device's share sheet) or, without one, "Copy link".
 * @csspart share-link - One of the WhatsApp, X, Facebook, LinkedIn and email links, shown when the browser has no share sheet.
 *
 * @cssprop [--mms-guidance-font-family=inherited from the page] - Font of all text, buttons included.
 * @cssprop [--mms-guidance-font-size=inherited from the page] - Base text size; headings scale from it.
 * @cssprop [--mms-guidance-line-height=1.5] - Line height of body text.
 * @cssprop [--mms-guidance-heading-font-family=the font family] - Font of the title, FAQ heading and questions.
 * @cssprop [--mms-guidance-heading-font-weight=700] - Weight of headings and questions.
 * @cssprop [--mms-guidance-surface-color=#ffffff; dark #12161c] - Card background.
 * @cssprop [--mms-guidance-text-color=#1b1f24; dark #e8ecf1] - Body text and questions.
 * @cssprop [--mms-guidance-muted-text-color=#4b5563; dark #b3bcc8] - Issuer, date and the health-worker line.
 * @cssprop [--mms-guidance-accent-color=#005a9c; dark #7cc0ff] - Brand colour: the guidance link's background, the icons and the "Expand all" button.
 * @cssprop [--mms-guidance-accent-text-color=#ffffff; dark #0b1826] - Text on the accent colour.
 * @cssprop [--mms-guidance-border-color=#6b7280; dark #8b95a3] - Card border and the lines between questions.
 * @cssprop [--mms-guidance-focus-color=#b4005a; dark #ff9ccf] - Keyboard focus ring.
 * @cssprop [--mms-guidance-key-message-background-color=#e8f1fa; dark #1b2a3a] - Key-message callout background.
 * @cssprop [--mms-guidance-key-message-border-color=the accent colour] - Key-message callout border.
 * @cssprop [--mms-guidance-key-message-text-color=#10243a; dark #eaf3fc] - Key-message callout text.
 * @cssprop [--mms-guidance-radius=0.5em] - Corner radius of the card, callout, link and buttons.
 * @cssprop [--mms-guidance-border-width=1px] - Width of borders.
 * @cssprop [--mms-guidance-space=1em] - Spacing unit; paddings and gaps are multiples of it.
 * @cssprop [--mms-guidance-max-width=48em] - Widest the card grows.
 * @cssprop [--mms-guidance-transition-duration=150ms] - Icon turn; none when the reader prefers reduced motion.
 */
export class MmsGuidance extends LitElement {
  static override styles = [themeStyles, styles, sharingStyles];

  // Declared without decorators: Lit's decorator helpers cost bytes the bundle budget needs.
  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    guidanceHref: { attribute: 'guidance-href' },
    openItems: { attribute: 'open-items', converter: idListConverter },
    colorScheme: { attribute: 'color-scheme', reflect: true },
    contrastGuard: { attribute: 'contrast-guard' },
    contentSrc: { attribute: 'content-src' },
    share: {},
    shareUrl: { attribute: 'share-url' },
    linkPrefix: { attribute: 'link-prefix' },
    structuredData: { attribute: 'structured-data', type: Boolean },
    plainWords: { attribute: 'plain-words' },
  };

  /** How long `content-src` may take, in milliseconds, before the widget gives up on it and keeps the built-in content. */
  static contentTimeout = 10000;

  /**
   * Level of the card title's heading, 1 to 5; the FAQ heading and questions sit
   * one level below. Anything else warns and uses 2. After the next update the
   * property reads the level used, as a number.
   */
  headingLevel: number | string = 2;

  /**
   * Where "Read the announcement" links, for a partner hosting the guidance itself.
   * Must be an http(s) URL, absolute or relative to the page; anything else
   * warns and uses the HMHB announcement page. After the next update the
   * property reads the absolute URL used, or undefined.
   */
  guidanceHref: string | undefined;

  /**
   * Ids of the open FAQ items, separated by spaces or commas in the attribute,
   * so items can start open from markup. The property (not the attribute)
   * follows the reader's opening and closing. Unknown ids warn and are dropped.
   */
  openItems: string[] = [];

  /**
   * `light`, `dark`, or `auto` to follow the reader's system setting. Both
   * built-in schemes meet WCAG 2.2 AA. Anything else warns and uses `light`.
   */
  colorScheme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * `auto`: where a partner's colours would put text below WCAG AA contrast,
   * use black or white instead, with a console warning. `off`: keep the
   * partner's colours as given.
   */
  contrastGuard: 'auto' | 'off' = 'auto';

  /**
   * URL of partner content JSON (see `dist/content.schema.json`), laid over
   * the built-in text and any inline `<script type="application/json">`. The
   * built-in content shows until it arrives, and stays if it fails.
   */
  contentSrc: string | undefined;

  /** `auto` shows the share bar; `off` hides it. Anything else warns and uses `auto`. */
  share: 'auto' | 'off' = 'auto';

  /**
   * The address the share bar and the question links share, instead of the
   * page's own. Must be an http(s) URL; anything else warns and uses the page's.
   * After the next update the property reads the absolute URL used, or undefined.
   */
  shareUrl: string | undefined;

  /**
   * Start of each question's link fragment: `#mms-evidence` opens and scrolls
   * to "evidence". Give each widget on a page its own. Letters, digits, `-` and
   * `_` only, at most 32; anything else warns and uses `mms-`, which the property reads after the next update.
   */
  linkPrefix = 'mms-';

  /**
   * Writes schema.org FAQPage JSON-LD for the questions into the page's head,
   * once per page however many widgets ask, and keeps it in the widget's language.
   * Google stopped showing FAQ rich results on 7 May 2026; the JSON-LD is still
   * valid schema.org vocabulary that other search engines and assistants read.
   * A boolean attribute: present means on (even `structured-data="false"`).
   */
  structuredData = false;

  /**
   * `on` shows the key message in plain words too (`card.plainWords`), for
   * readers with little schooling: under the key message, and at the end of the
   * leftover-tablets answer. `off` hides it in every language, for a page whose
   * readers are health workers or decision-makers; one attribute, where partner
   * content would need an empty `plainWords` per language (which also works, for
   * one language). The FAQ data (`structured-data`) keeps the TAG's own wording
   * either way. Anything else warns and uses `on`.
   */
  plainWords: 'on' | 'off' = 'on';

  /** What the widget says, in the language the page asks for. */
  private texts = new ContentController(this);
  /** The share bar, links to questions, and following them. */
  private sharing = new SharingController(this);
  /** The partner's colours, checked for validity and contrast. */
  private theme = new ThemeController(this);

  constructor() {
    super();
    // The page's FAQPage JSON-LD, while `structured-data` asks for it. Not kept in a field:
    // nothing calls it, it works through the callbacks Lit makes on it.
    new StructuredDataController(this, () => (this.structuredData ? this.content : undefined));
  }

  /** `headingLevel` as cleaned in willUpdate. */
  private get level(): number {
    return Number(this.headingLevel);
  }

  /** What a server rendered into the shadow root (declarative shadow DOM); the first render replaces it. */
  private prerendered: ChildNode[] = [];
  /** The question the reader focused in the server-rendered widget, to focus again once it is replaced. */
  private focusedBeforeUpgrade: string | undefined;

  /**
   * Takes over a shadow root the server rendered (dist/html/, the WordPress plugin) rather than rendering
   * beside it. Lit would reuse the root and append its render after the server's nodes.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    // Lit renders before the root's first child, which here is a server's node and goes: render after them instead.
    const last = this.prerendered[this.prerendered.length - 1];
    if (last) this.renderOptions.renderBefore = last.nextSibling;
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Once: a widget moved in the page is connected again, with the same attributes.
    if (this.hasUpdated) return;
    if (this.prerendered.length > 0) this.keepReaderState(this.renderRoot as ShadowRoot);
    // Lit's observedAttributes: the attribute name of every property.
    warnNearMisses(this, [...MmsGuidance.observedAttributes, 'lang', 'dir']);
  }

  private get content(): Language {
    return this.texts.content;
  }

  /** Ids of every FAQ item, in display order. */
  get itemIds(): string[] {
    return Object.keys(this.content.faq);
  }

  /**
   * Checks the theme tokens again. Call it after changing `--mms-guidance-*`
   * values at run time, so bad values and low contrast are caught.
   */
  refreshTheme(): void {
    this.theme.check();
  }

  /** Opens one FAQ item. */
  expand(id: string): void {
    this.setOpen(id, true, 'expand');
  }

  /** Closes one FAQ item. */
  collapse(id: string): void {
    this.setOpen(id, false, 'collapse');
  }

  /** Opens a closed FAQ item, or closes an open one. */
  toggle(id: string): void {
    this.setOpen(id, !this.openItems.includes(id), 'toggle');
  }

  /** Opens every FAQ item. */
  expandAll(): void {
    this.openItems = this.itemIds;
  }

  /** Closes every FAQ item. */
  collapseAll(): void {
    this.openItems = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lit's server renderer calls willUpdate and render, not the controllers' hostUpdate: the language is chosen here.
    if (isServer) this.texts.hostUpdate();
    if (changed.has('headingLevel')) this.headingLevel = headingLevelFrom(this.headingLevel);
    if (changed.has('contentSrc') && !isServer) void this.texts.load(this.contentSrc, MmsGuidance.contentTimeout);
    // Cleaned once here (`Dark` becomes `dark`, a bad value its default or
    // undefined), so the rest, controllers included, read them as they are.
    if (changed.has('guidanceHref'))
      this.guidanceHref = webUrlFrom('guidance-href', this.guidanceHref, 'linking to the guidance page');
    if (changed.has('shareUrl')) this.shareUrl = webUrlFrom('share-url', this.shareUrl, "sharing the page's address");
    if (changed.has('linkPrefix')) this.linkPrefix = linkPrefixFrom(this.linkPrefix);
    if (changed.has('share')) this.share = oneOf('share', this.share, ['auto', 'off'], 'auto');
    if (changed.has('plainWords')) this.plainWords = oneOf('plain-words', this.plainWords, ['on', 'off'], 'on');
    if (changed.has('openItems')) this.openItems = this.knownIds(this.openItems);
    if (changed.has('colorScheme'))
      this.colorScheme = oneOf('color-scheme', this.colorScheme, ['light', 'dark', 'auto'], 'light');
    if (changed.has('contrastGuard'))
      this.contrastGuard = oneOf('contrast-guard', this.contrastGuard, ['auto', 'off'], 'auto');
  }

  /**
   * Before the script arrived, the reader may have opened answers with find-in-page (which removes their
   * `hidden`) or moved focus to a question: the first render keeps both.
   */
  private keepReaderState(root: ShadowRoot): void {
    const revealed = [...root.querySelectorAll<HTMLElement>('.faq-answer:not([hidden])')];
    const ids = revealed.map((answer) => answer.dataset['id'] ?? '');
    if (ids.length > 0) this.openItems = [...this.openItems, ...ids];
    this.focusedBeforeUpgrade = (root.activeElement as HTMLElement | null)?.dataset?.['id'];
  }

  /** The server's nodes go in the same task as the first render adds the widget's own: nothing paints between. */
  protected override update(changed: PropertyValues<this>): void {
    for (const node of this.prerendered) node.remove();
    this.prerendered = [];
    super.update(changed);
  }

  /** A page opened at `#mms-evidence` opens that item and brings it into view. */
  protected override firstUpdated(): void {
    if (this.focusedBeforeUpgrade)
      this.renderRoot.querySelector<HTMLElement>(`#q-${this.focusedBeforeUpgrade}`)?.focus({ preventScroll: true });
    void this.sharing.followHash();
  }

  /** Every link the reader follows is announced with its kind; share links as a share. */
  private onCardClick(event: Event): void {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    const channel = link.dataset['channel'] as ShareChannel | undefined;
    if (channel) this.sharing.linkFollowed(channel);
    // The widget's own links say their kind; links in partner text have none.
    else emit(this, 'mms-guidance-link', { kind: (link.dataset['kind'] as LinkKind) ?? 'content', href: link.href });
  }

  /** The ids that name FAQ items, in display order; the rest are reported, naming where they came from. */
  private knownIds(ids: readonly string[], from = 'open-items'): string[] {
    const known = this.itemIds;
    const unknown = ids.filter((id) => !known.includes(id));
    if (unknown.length > 0)
      warn(`${from}: no FAQ item has the id ${unknown.map(quote).join(', ')}. Known ids: ${known.join(', ')}.`);
    return known.filter((id) => ids.includes(id));
  }

  /** `method` names the public method the id came through, for the warning if no item has it. */
  private setOpen(id: string, open: boolean, method?: string): void {
    if (method && this.knownIds([id], `${method}("${id}")`).length === 0) return;
    const others = this.openItems.filter((openId) => openId !== id);
    // willUpdate puts them in display order.
    this.openItems = open ? [...others, id] : others;
  }

  /** Reader actions change state and announce it; methods above change state only. */
  private readerSetOpen(id: string, open: boolean): void {
    this.setOpen(id, open);
    emit(this, 'mms-guidance-toggle', { id, open });
  }

  // One listener each on the list, not one per question: opening an item then
  // re-renders no listeners, so its cost stays flat as the list grows.
  private onFaqClick(event: Event): void {
    const target = event.target as Element;
    const id = target.closest<HTMLElement>('.faq-question')?.dataset['id'];
    if (id) this.readerSetOpen(id, !this.openItems.includes(id));
    const linked = target.closest<HTMLElement>('.copy-item-link')?.dataset['id'];
    if (linked) void this.sharing.copyItemLink(linked);
  }

  /** Find-in-page reveals a hidden="until-found" answer; the item's state follows. */
  private onFaqBeforeMatch(event: Event): void {
    const id = (event.target as HTMLElement).dataset['id'];
    if (id) this.readerSetOpen(id, true);
  }

  private onToggleAllClick(): void {
    const open = !this.allOpen;
    if (open) this.expandAll();
    else this.collapseAll();
    emit(this, 'mms-guidance-toggle-all', { open });
  }

  private onFaqKeydown(event: KeyboardEvent): void {
    const questions = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.faq-question')];
    const current = questions.indexOf(event.target as HTMLButtonElement);
    if (current === -1) return;
    const next = focusTarget(event.key, current, questions.length);
    if (next === undefined) return;
    event.preventDefault();
    questions[next]?.focus();
  }

  /** The content's direction, unless the partner set a valid `dir` on the element itself. */
  private get direction(): 'ltr' | 'rtl' | 'auto' {
    const own = this.dir;
    return own === 'ltr' || own === 'rtl' || own === 'auto' ? own : this.content.dir;
  }

  private get allOpen(): boolean {
    return this.openItems.length === this.itemIds.length;
  }

  /**
   * The key message in plain words, with its label, unless `plain-words="off"`
   * or the content's is empty: under the key message, and again at the end of
   * the leftover-tablets answer, which travels alone.
   */
  private renderPlainWords() {
    const { card, ui } = this.content;
    return this.plainWords === 'off' || !card.plainWords
      ? nothing
      : html`<div class="plain-words" part="plain-words">
          <p class="key-message-label" part="plain-words-label">${this.say(ui.plainWordsLabel)}</p>
          <p class="plain-words-text" part="plain-words-text">${this.sayRich(card.plainWords)}</p>
        </div>`;
  }

  /** Plain or rich text, marked English where it stands in for a partner's missing text. */
  private say = (text: string, rendered: unknown = text) => this.texts.say(text, rendered);
  private sayRich = (text: string) => this.texts.say(text, richText(text));

  /**
   * Each part of the card re-renders only when what it shows changes (guard):
   * opening an item re-renders that item and the FAQ header, not the card,
   * the share bar, the provenance line or the other items.
   */
  protected override render() {
    const { content, texts, sharing } = this;
    // What every part shows from: the language shown, and the layers of partner content it was chosen from.
    const text = [content, texts.languages];
    return html`
      <article
        class="card"
        part="card"
        lang=${content.lang}
        dir=${this.direction}
        aria-labelledby="title"
        @click=${this.onCardClick}
      >
        ${guard([...text, texts.original, texts.requested, this.level, this.guidanceHref, this.plainWords], () =>
          this.renderCard(),
        )}
        ${this.renderFaq()}
        ${
          this.share === 'off'
            ? nothing
            : guard([...text, sharing.address, sharing.copied], () =>
                sharing.renderBar(content.ui, content.card.title, this.say),
              )
        }
        ${guard(text, () => this.renderProvenance())}
      </article>
    `;
  }

  /** The card above the FAQ: the notice, title, meta, key message, context, guidance link and referral. */
  private renderCard() {
    const { card, referral, ui } = this.content;
    const { say, sayRich } = this;
    const guidanceHref = this.guidanceHref ?? card.guidanceHref;
    return html`${this.renderLanguageNotice()} ${heading(this.level, 'title', 'title', say(card.title))}
      <p class="meta" part="meta">
        <b>${say(ui.issuedBy)}</b> ${say(card.issuer)}<br />
        <b>${say(ui.issuedOn)}</b> <time datetime=${issuedIso}>${say(card.issued)}</time>
      </p>
      <div class="key-message" part="key-message">
        <p class="key-message-label" part="key-message-label">${say(ui.keyMessageLabel)}</p>
        <p class="key-message-text" part="key-message-text">${sayRich(card.keyMessage)}</p>
        ${this.renderPlainWords()}
      </div>
      <div class="context" part="context">${card.context.map((paragraph) => html`<p>${sayRich(paragraph)}</p>`)}</div>
      <a
        class="guidance-link"
        part="guidance-link"
        href=${guidanceHref}
        hreflang=${englishPage(guidanceHref)}
        data-kind="guidance"
        >${say(card.guidanceLabel)}</a
      >
      <p class="referral" part="referral">${sayRich(referral.text)}</p>`;
  }

  /**
   * On an unreviewed translation, says so and offers the English original; on
   * that original, offers the way back. One button either way, so focus stays
   * on it, and its label is always in the translation's language.
   */
  private renderLanguageNotice() {
    const { translation, original } = this.texts;
    if (translation?.review?.status !== 'unreviewed') return nothing;
    return html`<p class="language-notice" part="language-notice">
      ${original ? nothing : this.say(translation.ui.unreviewed)}
      <button
        type="button"
        class="language-switch"
        part="language-switch"
        lang=${translation.lang}
        dir=${translation.dir}
        @click=${() => this.texts.toggleOriginal()}
      >
        ${original ? translation.name : this.say(translation.ui.showOriginal)}
      </button>
    </p>`;
  }

  /**
   * Where the text comes from: the card's two sources, linked (HMHB's
   * announcement, S1, and the WHO Essential Medicines List, S3; the answers'
   * own sources are in docs/sources.md); which version of it; and
   * whether its translation was checked, by whom and when, in the language's
   * own date format.
   */
  private renderProvenance() {
    const { card, ui, version, lang } = this.content;
    const status = reviewStatus(this.content);
    const { say } = this;
    const sources = [
      html`<a href=${hmhbAnnouncement} hreflang="en" data-kind="source">HMHB</a> (${say(card.issued)})`,
      html`<a href=${whoEmlEntry} hreflang="en" data-kind="source">${say(ui.emlName)}</a>`,
    ];
    return html`<p class="provenance" part="provenance">
      ${say(ui.sourceLabel)} ${listIn(lang, sources)} · ${say(ui.versionLabel)} ${version} · ${say(status)}
    </p>`;
  }

  private renderFaq() {
    const { ui, faq } = this.content;
    return html`
      <section class="faq" part="faq" aria-labelledby="faq-title">
        <div class="faq-header">
          ${heading(this.level + 1, 'faq-title', 'faq-title', this.say(ui.faqHeading))}
          <button type="button" class="toggle-all" part="toggle-all" @click=${this.onToggleAllClick}>
            ${this.say(this.allOpen ? ui.collapseAll : ui.expandAll)}
          </button>
        </div>
        <div @keydown=${this.onFaqKeydown} @click=${this.onFaqClick} @beforematch=${this.onFaqBeforeMatch}>
          ${Object.entries(faq).map(([id, item]) => {
            const open = this.openItems.includes(id);
            // Only an item whose state or text changed renders again; a copy re-renders the open ones' status.
            return guard(
              [
                item,
                open,
                this.content,
                this.texts.languages,
                this.level,
                this.plainWords,
                open && this.sharing.copied,
              ],
              () => this.renderItem(id, item, open),
            );
          })}
        </div>
      </section>
    `;
  }

  private renderItem(id: string, item: FaqItem, open: boolean) {
    return html`
      <div class="faq-item" part="faq-item">
        ${heading(
          this.level + 1,
          'faq-heading',
          `h-${id}`,
          html`<button
              type="button"
              class="faq-question"
              part="faq-question"
              id="q-${id}"
              data-id=${id}
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="a-${id}"
            >
              <span>${this.say(item.question)}</span>${chevron}
            </button>
            <span class="static-question">${this.say(item.question)}</span>`,
        )}
        <div
          class="faq-answer"
          part="faq-answer"
          id="a-${id}"
          role="region"
          aria-labelledby="q-${id}"
          data-id=${id}
          .hidden=${hiddenUnlessOpen(open)}
        >
          <div class="faq-answer-body">
            <div class="faq-answer-text">
              ${item.answer.map((paragraph) => html`<p>${this.sayRich(paragraph)}</p>`)}
              ${id === 'leftover-tablets' ? this.renderPlainWords() : nothing}
            </div>
            ${open ? this.sharing.renderItemLink(id, this.content.ui, this.say) : nothing}
          </div>
        </div>
      </div>
    `;
  }
}
