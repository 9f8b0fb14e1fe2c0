import { leaveStructuredData, wantStructuredData } from "./structured-data.js";
// src/seo/structured-data-controller.ts
/**
* The widget's part in the page's one FAQPage JSON-LD (structured-data.ts):
* rewritten when the content changes (a language, partner text), not on every
* toggle, and given up when `structured-data` goes or the widget leaves the page.
*/
var StructuredDataController = class {
	/** `wanted` gives the content shown, or undefined while the widget does not ask for structured data. */
	constructor(host, wanted) {
		this.host = host;
		this.wanted = wanted;
		host.addController(this);
	}
	hostConnected() {
		this.host.requestUpdate();
	}
	hostUpdated() {
		const content = this.wanted();
		if (!content) this.leave();
		else if (this.described !== content) {
			this.described = content;
			wantStructuredData(this, content);
		}
	}
	/** A widget moved in the page is disconnected and connected again at once: it keeps its place as the page's voice. */
	hostDisconnected() {
		queueMicrotask(() => {
			if (!this.host.isConnected) this.leave();
		});
	}
	leave() {
		this.described = void 0;
		leaveStructuredData(this);
	}
};
export { StructuredDataController };
