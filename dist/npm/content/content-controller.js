import { builtIn } from "./builtin.js";
import { en } from "./en.js";
import { fetchContent } from "./fetch-content.js";
import { checkPartnerContent, parsePartnerContent, withPartnerContent } from "./partner.js";
import { bestMatch, requestedLang } from "./language.js";
import { fail, messageOf, quote, warn } from "../internal/warn.js";
import { html, isServer } from "lit";
// src/content/content-controller.ts
/** Every string in a content object, however deep. */
var stringsOf = (value) => typeof value === "string" ? [value] : typeof value === "object" && value ? Object.values(value).flatMap(stringsOf) : [];
/** Partner content inside the element: `<script type="application/json">`, which browsers never run or show. */
var inlineContentOf = (host) => host.querySelector(":scope > script[type=\"application/json\"]");
/**
* What the widget says, and in which language: the built-in languages with
* the partner's inline and fetched content laid on top, and the language the
* page asks for through `lang`. Watches the page for `lang` changes (and the
* element for `dir` and inline-content changes), so the next render follows.
*/
var ContentController = class {
	constructor(host) {
		this.host = host;
		this.content = en;
		this.requested = "";
		this.original = false;
		this.languages = builtIn;
		this.english = /* @__PURE__ */ new Set();
		this.fallsBackToEnglish = false;
		this.inlineText = null;
		this.inline = {};
		this.fetched = {};
		this.layered = {};
		this.stale = true;
		host.addController(this);
	}
	hostConnected() {
		this.refresh();
		this.watcher ??= new MutationObserver(() => this.refresh());
		this.watcher.observe(document.documentElement, {
			subtree: true,
			attributeFilter: ["lang"]
		});
		this.watcher.observe(this.host, {
			subtree: true,
			childList: true,
			characterData: true,
			attributeFilter: ["lang", "dir"]
		});
	}
	hostDisconnected() {
		this.watcher?.disconnect();
	}
	/** The translation the page asked for, while the reader looks at its English original. */
	get translation() {
		return bestMatch(this.requested, this.languages);
	}
	/** Before each render: reads the inline content if it changed, then picks the language. */
	hostUpdate() {
		if (!this.stale) return;
		this.stale = false;
		const text = isServer ? null : inlineContentOf(this.host)?.textContent ?? null;
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
			const known = this.languages.map((language) => language.lang).join(", ");
			warn(`lang=${quote(requested)} has no content here; showing English. Languages: ${known}.`);
		}
		this.content = bestMatch(this.original ? "en" : requested, this.languages) ?? this.languages[0] ?? en;
		this.fallsBackToEnglish = !bestMatch(this.content.lang, builtIn);
	}
	/**
	* A text as rendered, marked `lang="en"` where it is English standing in for
	* text a partner's new language lacks, so screen readers switch voice.
	*/
	say(text, rendered = text) {
		return this.fallsBackToEnglish && this.english.has(text) ? html`<span lang="en">${rendered}</span>` : rendered;
	}
	/** Switches between an unreviewed translation and its English original. */
	toggleOriginal() {
		this.original = !this.original;
		this.refresh();
	}
	refresh() {
		this.stale = true;
		this.host.requestUpdate();
	}
	/** Fetches `content-src` (or forgets it, for none); the built-in text stays until it arrives, and if it fails. */
	async load(src, timeout) {
		this.src = src;
		let content = {};
		if (src) try {
			content = checkPartnerContent(await fetchContent(src, timeout), `content-src ${quote(src)}`, fail);
		} catch (error) {
			fail(`content-src ${quote(src)} ${messageOf(error)}; showing the built-in content.`);
		}
		if (src !== this.src) return;
		this.fetched = content;
		this.refresh();
	}
};
export { ContentController };
