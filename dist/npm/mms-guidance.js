import { focusTarget } from "./accordion-keys.js";
import { ContentController } from "./content/content-controller.js";
import { issuedIso } from "./content/en.js";
import { listIn } from "./content/locale-format.js";
import { reviewStatus } from "./content/review-status.js";
import { richText } from "./content/rich-text.js";
import { hmhbAnnouncement, whoEmlEntry } from "./content/sources.js";
import { emit } from "./events.js";
import { headingLevelFrom, idListConverter, linkPrefixFrom, oneOf, warnNearMisses, webUrlFrom } from "./internal/attributes.js";
import { heading } from "./internal/heading.js";
import { quote, warn } from "./internal/warn.js";
import { styles } from "./mms-guidance.styles.js";
import { StructuredDataController } from "./seo/structured-data-controller.js";
import { SharingController } from "./sharing/sharing-controller.js";
import { sharingStyles } from "./sharing/sharing.styles.js";
import { ThemeController } from "./theme/theme-controller.js";
import { themeStyles } from "./theme/theme.styles.js";
import { LitElement, html, isServer, nothing } from "lit";
import { guard } from "lit/directives/guard.js";
// src/mms-guidance.ts
var _MmsGuidance;
/**
* Closed answers stay findable: where the browser knows hidden="until-found",
* find-in-page reveals them; elsewhere the truthy value hides them as plain
* `hidden`. TypeScript's DOM types still say `hidden: boolean`, hence the cast.
*/
var hiddenUnlessOpen = (open) => open ? false : "until-found";
/** The sources' pages are in English: links to them say so (`hreflang`), a partner's own page is left unmarked. */
var englishPage = (href) => href === "https://hmhbconsortium.org/new-guidance-from-the-mms-tag/" ? "en" : nothing;
/** The chevron is drawn with borders in currentColor, so it shows in forced colours; it is decoration. */
var chevron = html`<span class="faq-icon" part="faq-icon" aria-hidden="true"></span>`;
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
var MmsGuidance = class MmsGuidance extends LitElement {
	constructor() {
		super();
		this.headingLevel = 2;
		this.openItems = [];
		this.colorScheme = "light";
		this.contrastGuard = "auto";
		this.share = "auto";
		this.linkPrefix = "mms-";
		this.structuredData = false;
		this.plainWords = "on";
		this.texts = new ContentController(this);
		this.sharing = new SharingController(this);
		this.theme = new ThemeController(this);
		this.prerendered = [];
		this.say = (text, rendered = text) => this.texts.say(text, rendered);
		this.sayRich = (text) => this.texts.say(text, richText(text));
		new StructuredDataController(this, () => this.structuredData ? this.content : void 0);
	}
	/** `headingLevel` as cleaned in willUpdate. */
	get level() {
		return Number(this.headingLevel);
	}
	/**
	* Takes over a shadow root the server rendered (dist/html/, the WordPress plugin) rather than rendering
	* beside it. Lit would reuse the root and append its render after the server's nodes.
	*/
	createRenderRoot() {
		this.prerendered = [...this.shadowRoot?.childNodes ?? []];
		const root = super.createRenderRoot();
		const last = this.prerendered[this.prerendered.length - 1];
		if (last) this.renderOptions.renderBefore = last.nextSibling;
		return root;
	}
	connectedCallback() {
		super.connectedCallback();
		if (this.hasUpdated) return;
		if (this.prerendered.length > 0) this.keepReaderState(this.renderRoot);
		warnNearMisses(this, [
			...MmsGuidance.observedAttributes,
			"lang",
			"dir"
		]);
	}
	get content() {
		return this.texts.content;
	}
	/** Ids of every FAQ item, in display order. */
	get itemIds() {
		return Object.keys(this.content.faq);
	}
	/**
	* Checks the theme tokens again. Call it after changing `--mms-guidance-*`
	* values at run time, so bad values and low contrast are caught.
	*/
	refreshTheme() {
		this.theme.check();
	}
	/** Opens one FAQ item. */
	expand(id) {
		this.setOpen(id, true, "expand");
	}
	/** Closes one FAQ item. */
	collapse(id) {
		this.setOpen(id, false, "collapse");
	}
	/** Opens a closed FAQ item, or closes an open one. */
	toggle(id) {
		this.setOpen(id, !this.openItems.includes(id), "toggle");
	}
	/** Opens every FAQ item. */
	expandAll() {
		this.openItems = this.itemIds;
	}
	/** Closes every FAQ item. */
	collapseAll() {
		this.openItems = [];
	}
	willUpdate(changed) {
		if (isServer) this.texts.hostUpdate();
		if (changed.has("headingLevel")) this.headingLevel = headingLevelFrom(this.headingLevel);
		if (changed.has("contentSrc") && !isServer) this.texts.load(this.contentSrc, MmsGuidance.contentTimeout);
		if (changed.has("guidanceHref")) this.guidanceHref = webUrlFrom("guidance-href", this.guidanceHref, "linking to the guidance page");
		if (changed.has("shareUrl")) this.shareUrl = webUrlFrom("share-url", this.shareUrl, "sharing the page's address");
		if (changed.has("linkPrefix")) this.linkPrefix = linkPrefixFrom(this.linkPrefix);
		if (changed.has("share")) this.share = oneOf("share", this.share, ["auto", "off"], "auto");
		if (changed.has("plainWords")) this.plainWords = oneOf("plain-words", this.plainWords, ["on", "off"], "on");
		if (changed.has("openItems")) this.openItems = this.knownIds(this.openItems);
		if (changed.has("colorScheme")) this.colorScheme = oneOf("color-scheme", this.colorScheme, [
			"light",
			"dark",
			"auto"
		], "light");
		if (changed.has("contrastGuard")) this.contrastGuard = oneOf("contrast-guard", this.contrastGuard, ["auto", "off"], "auto");
	}
	/**
	* Before the script arrived, the reader may have opened answers with find-in-page (which removes their
	* `hidden`) or moved focus to a question: the first render keeps both.
	*/
	keepReaderState(root) {
		const ids = [...root.querySelectorAll(".faq-answer:not([hidden])")].map((answer) => answer.dataset["id"] ?? "");
		if (ids.length > 0) this.openItems = [...this.openItems, ...ids];
		this.focusedBeforeUpgrade = root.activeElement?.dataset?.["id"];
	}
	/** The server's nodes go in the same task as the first render adds the widget's own: nothing paints between. */
	update(changed) {
		for (const node of this.prerendered) node.remove();
		this.prerendered = [];
		super.update(changed);
	}
	/** A page opened at `#mms-evidence` opens that item and brings it into view. */
	firstUpdated() {
		if (this.focusedBeforeUpgrade) this.renderRoot.querySelector(`#q-${this.focusedBeforeUpgrade}`)?.focus({ preventScroll: true });
		this.sharing.followHash();
	}
	/** Every link the reader follows is announced with its kind; share links as a share. */
	onCardClick(event) {
		const link = event.target.closest("a");
		if (!link) return;
		const channel = link.dataset["channel"];
		if (channel) this.sharing.linkFollowed(channel);
		else emit(this, "mms-guidance-link", {
			kind: link.dataset["kind"] ?? "content",
			href: link.href
		});
	}
	/** The ids that name FAQ items, in display order; the rest are reported, naming where they came from. */
	knownIds(ids, from = "open-items") {
		const known = this.itemIds;
		const unknown = ids.filter((id) => !known.includes(id));
		if (unknown.length > 0) warn(`${from}: no FAQ item has the id ${unknown.map(quote).join(", ")}. Known ids: ${known.join(", ")}.`);
		return known.filter((id) => ids.includes(id));
	}
	/** `method` names the public method the id came through, for the warning if no item has it. */
	setOpen(id, open, method) {
		if (method && this.knownIds([id], `${method}("${id}")`).length === 0) return;
		const others = this.openItems.filter((openId) => openId !== id);
		this.openItems = open ? [...others, id] : others;
	}
	/** Reader actions change state and announce it; methods above change state only. */
	readerSetOpen(id, open) {
		this.setOpen(id, open);
		emit(this, "mms-guidance-toggle", {
			id,
			open
		});
	}
	onFaqClick(event) {
		const target = event.target;
		const id = target.closest(".faq-question")?.dataset["id"];
		if (id) this.readerSetOpen(id, !this.openItems.includes(id));
		const linked = target.closest(".copy-item-link")?.dataset["id"];
		if (linked) this.sharing.copyItemLink(linked);
	}
	/** Find-in-page reveals a hidden="until-found" answer; the item's state follows. */
	onFaqBeforeMatch(event) {
		const id = event.target.dataset["id"];
		if (id) this.readerSetOpen(id, true);
	}
	onToggleAllClick() {
		const open = !this.allOpen;
		if (open) this.expandAll();
		else this.collapseAll();
		emit(this, "mms-guidance-toggle-all", { open });
	}
	onFaqKeydown(event) {
		const questions = [...this.renderRoot.querySelectorAll(".faq-question")];
		const current = questions.indexOf(event.target);
		if (current === -1) return;
		const next = focusTarget(event.key, current, questions.length);
		if (next === void 0) return;
		event.preventDefault();
		questions[next]?.focus();
	}
	/** The content's direction, unless the partner set a valid `dir` on the element itself. */
	get direction() {
		const own = this.dir;
		return own === "ltr" || own === "rtl" || own === "auto" ? own : this.content.dir;
	}
	get allOpen() {
		return this.openItems.length === this.itemIds.length;
	}
	/**
	* The key message in plain words, with its label, unless `plain-words="off"`
	* or the content's is empty: under the key message, and again at the end of
	* the leftover-tablets answer, which travels alone.
	*/
	renderPlainWords() {
		const { card, ui } = this.content;
		return this.plainWords === "off" || !card.plainWords ? nothing : html`<div class="plain-words" part="plain-words">
          <p class="key-message-label" part="plain-words-label">${this.say(ui.plainWordsLabel)}</p>
          <p class="plain-words-text" part="plain-words-text">${this.sayRich(card.plainWords)}</p>
        </div>`;
	}
	/**
	* Each part of the card re-renders only when what it shows changes (guard):
	* opening an item re-renders that item and the FAQ header, not the card,
	* the share bar, the provenance line or the other items.
	*/
	render() {
		const { content, texts, sharing } = this;
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
        ${guard([
			...text,
			texts.original,
			texts.requested,
			this.level,
			this.guidanceHref,
			this.plainWords
		], () => this.renderCard())}
        ${this.renderFaq()}
        ${this.share === "off" ? nothing : guard([
			...text,
			sharing.address,
			sharing.copied
		], () => sharing.renderBar(content.ui, content.card.title, this.say))}
        ${guard(text, () => this.renderProvenance())}
      </article>
    `;
	}
	/** The card above the FAQ: the notice, title, meta, key message, context, guidance link and referral. */
	renderCard() {
		const { card, referral, ui } = this.content;
		const { say, sayRich } = this;
		const guidanceHref = this.guidanceHref ?? card.guidanceHref;
		return html`${this.renderLanguageNotice()} ${heading(this.level, "title", "title", say(card.title))}
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
	renderLanguageNotice() {
		const { translation, original } = this.texts;
		if (translation?.review?.status !== "unreviewed") return nothing;
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
	renderProvenance() {
		const { card, ui, version, lang } = this.content;
		const status = reviewStatus(this.content);
		const { say } = this;
		const sources = [html`<a href=${hmhbAnnouncement} hreflang="en" data-kind="source">HMHB</a> (${say(card.issued)})`, html`<a href=${whoEmlEntry} hreflang="en" data-kind="source">${say(ui.emlName)}</a>`];
		return html`<p class="provenance" part="provenance">
      ${say(ui.sourceLabel)} ${listIn(lang, sources)} · ${say(ui.versionLabel)} ${version} · ${say(status)}
    </p>`;
	}
	renderFaq() {
		const { ui, faq } = this.content;
		return html`
      <section class="faq" part="faq" aria-labelledby="faq-title">
        <div class="faq-header">
          ${heading(this.level + 1, "faq-title", "faq-title", this.say(ui.faqHeading))}
          <button type="button" class="toggle-all" part="toggle-all" @click=${this.onToggleAllClick}>
            ${this.say(this.allOpen ? ui.collapseAll : ui.expandAll)}
          </button>
        </div>
        <div @keydown=${this.onFaqKeydown} @click=${this.onFaqClick} @beforematch=${this.onFaqBeforeMatch}>
          ${Object.entries(faq).map(([id, item]) => {
			const open = this.openItems.includes(id);
			return guard([
				item,
				open,
				this.content,
				this.texts.languages,
				this.level,
				this.plainWords,
				open && this.sharing.copied
			], () => this.renderItem(id, item, open));
		})}
        </div>
      </section>
    `;
	}
	renderItem(id, item, open) {
		return html`
      <div class="faq-item" part="faq-item">
        ${heading(this.level + 1, "faq-heading", `h-${id}`, html`<button
              type="button"
              class="faq-question"
              part="faq-question"
              id="q-${id}"
              data-id=${id}
              aria-expanded=${open ? "true" : "false"}
              aria-controls="a-${id}"
            >
              <span>${this.say(item.question)}</span>${chevron}
            </button>
            <span class="static-question">${this.say(item.question)}</span>`)}
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
              ${id === "leftover-tablets" ? this.renderPlainWords() : nothing}
            </div>
            ${open ? this.sharing.renderItemLink(id, this.content.ui, this.say) : nothing}
          </div>
        </div>
      </div>
    `;
	}
};
_MmsGuidance = MmsGuidance;
_MmsGuidance.styles = [
	themeStyles,
	styles,
	sharingStyles
];
_MmsGuidance.properties = {
	headingLevel: { attribute: "heading-level" },
	guidanceHref: { attribute: "guidance-href" },
	openItems: {
		attribute: "open-items",
		converter: idListConverter
	},
	colorScheme: {
		attribute: "color-scheme",
		reflect: true
	},
	contrastGuard: { attribute: "contrast-guard" },
	contentSrc: { attribute: "content-src" },
	share: {},
	shareUrl: { attribute: "share-url" },
	linkPrefix: { attribute: "link-prefix" },
	structuredData: {
		attribute: "structured-data",
		type: Boolean
	},
	plainWords: { attribute: "plain-words" }
};
_MmsGuidance.contentTimeout = 1e4;
export { MmsGuidance };
