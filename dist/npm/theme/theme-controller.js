import { warn } from "../internal/warn.js";
import { guardTheme } from "./theme-guard.js";
// src/theme/theme-controller.ts
/**
* Keeps the partner's theme usable (see guardTheme): checks it after the first
* render, when `color-scheme` or `contrast-guard` change, when the reader's
* system turns dark or light, and on `refreshTheme()`; not on every toggle.
* Each problem is reported once per widget.
*/
var ThemeController = class {
	constructor(host) {
		this.host = host;
		this.checked = "";
		this.reported = /* @__PURE__ */ new Set();
		this.onSchemeChange = () => this.check();
		host.addController(this);
	}
	hostConnected() {
		this.checked = "";
		this.host.requestUpdate();
		this.dark ??= matchMedia("(prefers-color-scheme: dark)");
		this.dark.addEventListener("change", this.onSchemeChange);
	}
	hostDisconnected() {
		this.dark?.removeEventListener("change", this.onSchemeChange);
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
		const { colorScheme, contrastGuard } = this.host;
		const dark = colorScheme === "dark" || colorScheme === "auto" && !!this.dark?.matches;
		guardTheme(this.host, card, dark ? "dark" : "light", contrastGuard !== "off", (message) => {
			if (!this.reported.has(message)) warn(message);
			this.reported.add(message);
		});
	}
};
export { ThemeController };
