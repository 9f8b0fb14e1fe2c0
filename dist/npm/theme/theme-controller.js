import { warn } from "../internal/warn.js";
import { guardTheme } from "./theme-guard.js";
// src/theme/theme-controller.ts
var darkQuery = () => matchMedia("(prefers-color-scheme: dark)");
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
		darkQuery().addEventListener("change", this.onSchemeChange);
	}
	hostDisconnected() {
		darkQuery().removeEventListener("change", this.onSchemeChange);
	}
	hostUpdated() {
		const { colorScheme, contrastGuard } = this.host;
		if (`${colorScheme} ${contrastGuard}` !== this.checked) this.check();
	}
	/** Checks the theme tokens now. */
	check() {
		const card = this.host.renderRoot.querySelector(".card");
		if (!card) return;
		const { colorScheme, contrastGuard } = this.host;
		this.checked = `${colorScheme} ${contrastGuard}`;
		const dark = colorScheme === "dark" || colorScheme === "auto" && darkQuery().matches;
		guardTheme(this.host, card, dark ? "dark" : "light", contrastGuard !== "off", (message) => {
			if (!this.reported.has(message)) warn(message);
			this.reported.add(message);
		});
	}
};
export { ThemeController };
