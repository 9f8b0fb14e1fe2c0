import { warn } from "../internal/warn.js";
import { guardTheme } from "./theme-guard.js";
import { tokens } from "./tokens.js";
// src/theme/theme-controller.ts
/**
* Keeps the partner's theme usable (see guardTheme): checks it after the first
* render, when `color-scheme` or `contrast-guard` change, when the reader's
* system turns dark or light, when a resize of the window or the widget
* changes what the tokens compute to (a partner's media query, CSS `if()`),
* and on `refreshTheme()`; not on every toggle. Each problem is reported once
* per widget.
*/
var ThemeController = class {
	constructor(host) {
		this.host = host;
		this.checked = "";
		this.reported = /* @__PURE__ */ new Set();
		this.onSchemeChange = () => this.check();
		this.given = "";
		this.onResize = () => {
			if (this.tokens() !== this.given) this.check();
		};
		this.width = -1;
		host.addController(this);
	}
	hostConnected() {
		this.checked = "";
		this.host.requestUpdate();
		this.dark ??= matchMedia("(prefers-color-scheme: dark)");
		this.dark.addEventListener("change", this.onSchemeChange);
		addEventListener("resize", this.onResize);
		(this.resized ??= new ResizeObserver(([entry]) => {
			if (entry && entry.contentRect.width !== this.width) {
				this.width = entry.contentRect.width;
				this.onResize();
			}
		})).observe(this.host);
	}
	hostDisconnected() {
		this.dark?.removeEventListener("change", this.onSchemeChange);
		removeEventListener("resize", this.onResize);
		this.resized?.disconnect();
	}
	tokens() {
		const given = getComputedStyle(this.host);
		return tokens.map((token) => given.getPropertyValue(`--mms-guidance-${token.name}`)).join(";");
	}
	hostUpdated() {
		const { colorScheme, contrastGuard } = this.host;
		const settings = `${colorScheme} ${contrastGuard}`;
		if (settings === this.checked) return;
		this.checked = settings;
		this.check();
	}
	/** Checks the theme tokens now. */
	check() {
		const card = this.host.renderRoot.querySelector(".card");
		if (!card) return;
		this.given = this.tokens();
		const { colorScheme, contrastGuard } = this.host;
		const dark = colorScheme === "dark" || colorScheme === "auto" && !!this.dark?.matches;
		guardTheme(this.host, card, dark ? "dark" : "light", contrastGuard !== "off", (message) => {
			if (!this.reported.has(message)) warn(message);
			this.reported.add(message);
		});
	}
};
export { ThemeController };
