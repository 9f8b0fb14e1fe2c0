// src/sharing/deep-links.ts
/** The page's own address without its fragment: what the share bar shares by default. */
var pageUrl = () => location.href.replace(/#.*/, "");
/** `base` with `#fragment`, replacing any fragment it had. */
var withFragment = (base, fragment) => `${base.replace(/#.*/, "")}#${fragment}`;
/**
* The FAQ id a location hash names for this widget, if any: `#mms-evidence`
* with prefix `mms-` gives `evidence`. A malformed hash gives undefined.
*/
function idFromHash(hash, prefix) {
	try {
		const fragment = decodeURIComponent(hash.slice(1));
		return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : void 0;
	} catch {
		return;
	}
}
export { idFromHash, pageUrl, withFragment };
