import { blocked, restoreTrustedTypes } from "./internal/trusted-types.js";
import { MmsGuidance } from "./mms-guidance.js";
// src/index.ts
var tagName = "mms-guidance";
restoreTrustedTypes();
var settled = false;
var define = () => {
	if (settled) return;
	settled = true;
	if (blocked) {} else if (!customElements.get(tagName)) customElements.define(tagName, MmsGuidance);
	else if (customElements.get(tagName) !== MmsGuidance) console.info(`<${tagName}>: already defined by another copy; this one is not used.`);
};
if (globalThis.document?.querySelector(`${tagName}:not(:defined)`)?.shadowRoot) {
	requestAnimationFrame(() => setTimeout(define));
	setTimeout(define, 1e3);
} else define();
export { MmsGuidance };
