import { LitElement, type PropertyValues } from 'lit';
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
export declare class MmsGuidance extends LitElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        headingLevel: {
            attribute: string;
        };
        guidanceHref: {
            attribute: string;
        };
        openItems: {
            attribute: string;
            converter: {
                fromAttribute: (value: string | null) => string[];
            };
        };
        colorScheme: {
            attribute: string;
            reflect: boolean;
        };
        contrastGuard: {
            attribute: string;
        };
        contentSrc: {
            attribute: string;
        };
        share: {};
        shareUrl: {
            attribute: string;
        };
        linkPrefix: {
            attribute: string;
        };
        structuredData: {
            attribute: string;
            type: BooleanConstructor;
        };
        plainWords: {
            attribute: string;
        };
    };
    /** How long `content-src` may take, in milliseconds, before the widget gives up on it and keeps the built-in content. */
    static contentTimeout: number;
    /**
     * Level of the card title's heading, 1 to 5; the FAQ heading and questions sit
     * one level below. Anything else warns and uses 2. After the next update the
     * property reads the level used, as a number.
     */
    headingLevel: number | string;
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
    openItems: string[];
    /**
     * `light`, `dark`, or `auto` to follow the reader's system setting. Both
     * built-in schemes meet WCAG 2.2 AA. Anything else warns and uses `light`.
     */
    colorScheme: 'light' | 'dark' | 'auto';
    /**
     * `auto`: where a partner's colours would put text below WCAG AA contrast,
     * use black or white instead, with a console warning. `off`: keep the
     * partner's colours as given.
     */
    contrastGuard: 'auto' | 'off';
    /**
     * URL of partner content JSON (see `dist/content.schema.json`), laid over
     * the built-in text and any inline `<script type="application/json">`. The
     * built-in content shows until it arrives, and stays if it fails.
     */
    contentSrc: string | undefined;
    /** `auto` shows the share bar; `off` hides it. Anything else warns and uses `auto`. */
    share: 'auto' | 'off';
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
    linkPrefix: string;
    /**
     * Writes schema.org FAQPage JSON-LD for the questions into the page's head,
     * once per page however many widgets ask, and keeps it in the widget's language.
     * Google stopped showing FAQ rich results on 7 May 2026; the JSON-LD is still
     * valid schema.org vocabulary that other search engines and assistants read.
     * A boolean attribute: present means on (even `structured-data="false"`).
     */
    structuredData: boolean;
    /**
     * `on` shows the key message in plain words too (`card.plainWords`), for
     * readers with little schooling: under the key message, and at the end of the
     * leftover-tablets answer. `off` hides it in every language, for a page whose
     * readers are health workers or decision-makers; one attribute, where partner
     * content would need an empty `plainWords` per language (which also works, for
     * one language). The FAQ data (`structured-data`) keeps the TAG's own wording
     * either way. Anything else warns and uses `on`.
     */
    plainWords: 'on' | 'off';
    /** What the widget says, in the language the page asks for. */
    private texts;
    /** The share bar, links to questions, and following them. */
    private sharing;
    /** The partner's colours, checked for validity and contrast. */
    private theme;
    constructor();
    /** `headingLevel` as cleaned in willUpdate. */
    private get level();
    /** What a server rendered into the shadow root (declarative shadow DOM); the first render replaces it. */
    private prerendered;
    /** The question the reader focused in the server-rendered widget, to focus again once it is replaced. */
    private focusedBeforeUpgrade;
    /**
     * Takes over a shadow root the server rendered (dist/html/, the WordPress plugin) rather than rendering
     * beside it. Lit would reuse the root and append its render after the server's nodes.
     */
    protected createRenderRoot(): HTMLElement | DocumentFragment;
    connectedCallback(): void;
    private get content();
    /** Ids of every FAQ item, in display order. */
    get itemIds(): string[];
    /**
     * Checks the theme tokens again. Call it after changing `--mms-guidance-*`
     * values at run time, so bad values and low contrast are caught.
     */
    refreshTheme(): void;
    /** Opens one FAQ item. */
    expand(id: string): void;
    /** Closes one FAQ item. */
    collapse(id: string): void;
    /** Opens a closed FAQ item, or closes an open one. */
    toggle(id: string): void;
    /** Opens every FAQ item. */
    expandAll(): void;
    /** Closes every FAQ item. */
    collapseAll(): void;
    protected willUpdate(changed: PropertyValues<this>): void;
    /**
     * Before the script arrived, the reader may have opened answers with find-in-page (which removes their
     * `hidden`) or moved focus to a question: the first render keeps both.
     */
    private keepReaderState;
    /** The server's nodes go in the same task as the first render adds the widget's own: nothing paints between. */
    protected update(changed: PropertyValues<this>): void;
    /** A page opened at `#mms-evidence` opens that item and brings it into view. */
    protected firstUpdated(): void;
    /** Every link the reader follows is announced with its kind; share links as a share. */
    private onCardClick;
    /** The ids that name FAQ items, in display order; the rest are reported, naming where they came from. */
    private knownIds;
    /** `method` names the public method the id came through, for the warning if no item has it. */
    private setOpen;
    /** Reader actions change state and announce it; methods above change state only. */
    private readerSetOpen;
    private onFaqClick;
    /** Find-in-page reveals a hidden="until-found" answer; the item's state follows. */
    private onFaqBeforeMatch;
    private onToggleAllClick;
    private onFaqKeydown;
    /** The content's direction, unless the partner set a valid `dir` on the element itself. */
    private get direction();
    private get allOpen();
    /**
     * The key message in plain words, with its label, unless `plain-words="off"`
     * or the content's is empty: under the key message, and again at the end of
     * the leftover-tablets answer, which travels alone.
     */
    private renderPlainWords;
    /** Plain or rich text, marked English where it stands in for a partner's missing text. */
    private say;
    private sayRich;
    /**
     * Each part of the card re-renders only when what it shows changes (guard):
     * opening an item re-renders that item and the FAQ header, not the card,
     * the share bar, the provenance line or the other items.
     */
    protected render(): import("lit-html").TemplateResult<1>;
    /** The card above the FAQ: the notice, title, meta, key message, context, guidance link and referral. */
    private renderCard;
    /**
     * On an unreviewed translation, says so and offers the English original; on
     * that original, offers the way back. One button either way, so focus stays
     * on it, and its label is always in the translation's language.
     */
    private renderLanguageNotice;
    /**
     * Where the text comes from: the card's two sources, linked (HMHB's
     * announcement, S1, and the WHO Essential Medicines List, S3; the answers'
     * own sources are in docs/sources.md); which version of it; and
     * whether its translation was checked, by whom and when, in the language's
     * own date format.
     */
    private renderProvenance;
    private renderFaq;
    private renderItem;
}
