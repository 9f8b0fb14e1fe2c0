// First, so it is in place when Lit makes its Trusted Types policy.
import { blocked, restoreTrustedTypes } from './internal/trusted-types.js';
import { MmsGuidance } from './mms-guidance.js';

export { MmsGuidance };
export type { LinkDetail, LinkKind, ShareChannel, ShareDetail, ToggleAllDetail, ToggleDetail } from './events.js';
export type { FaqId, FaqItem, Language, Review, SourceKey, Texts, UiStrings } from './content/types.js';

const tagName = 'mms-guidance';

// The only side effect. A page may load the script twice, or two builds of it
// (module and classic): the first definition wins and later copies step aside.
restoreTrustedTypes();
let settled = false;
const define = () => {
  if (settled) return;
  settled = true;
  if (blocked) {
    // The page refused every Trusted Types policy name Lit could use; trusted-types.ts said what to add.
  } else if (!customElements.get(tagName)) {
    customElements.define(tagName, MmsGuidance);
  } else if (customElements.get(tagName) !== MmsGuidance) {
    console.info(`<${tagName}>: already defined by another copy; this one is not used.`);
  }
};
// A server-rendered widget (dist/html/) is readable already: the page paints it first, then it upgrades.
// (A server importing the package has no document, and no widget to wait for.)
// Offscreen frames and hidden tabs may skip animation frames: a second later, it upgrades anyway.
if (globalThis.document?.querySelector(`${tagName}:not(:defined)`)?.shadowRoot) {
  requestAnimationFrame(() => setTimeout(define));
  setTimeout(define, 1000);
} else define();

declare global {
  interface HTMLElementTagNameMap {
    'mms-guidance': MmsGuidance;
  }
}
