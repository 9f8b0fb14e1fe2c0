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
		this.wanted = wanted;
		host.addController(this);
	}
	hostUpdated() {
		const content = this.wanted();
		if (!content) this.hostDisconnected();
		else if (this.described !== content) {
			this.described = content;
			wantStructuredData(this, content);
		}
	}
	hostDisconnected() {
		this.described = void 0;
		leaveStructuredData(this);
	}
};
export { StructuredDataController };
