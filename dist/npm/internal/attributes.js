import { nearMiss } from "./near-miss.js";
import { safeUrl, webProtocols } from "./urls.js";
import { quote, warn } from "./warn.js";
/**
* `heading-level` as a usable level, 1 to 5 (questions sit one level below the
* title, so the title may go no deeper than h5), else the default with a warning.
*/
var headingLevelFrom = (value) => Number(oneOf("heading-level", value, [
	"1",
	"2",
	"3",
	"4",
	"5"
], `2`));
/**
* A URL attribute (`guidance-href`, `share-url`) as a safe absolute URL.
* Relative URLs resolve against the page; anything but http(s), such as
* `javascript:`, warns and gives undefined, so the default is used: `instead`
* says which, in the warning. A removed attribute (null) quietly gives the default.
*/
function webUrlFrom(attribute, value, instead) {
	if (value == null || value.trim() === "") return void 0;
	const [start = ""] = value.trim().split("/");
	if (/^[\w-]+(\.[\w-]+)+$/.test(start) && !/\.(html?|php|aspx?|jsp|pdf)$/i.test(start)) {
		warn(`${attribute}=${quote(value)} has no scheme; did you mean ${quote(`https://${value.trim()}`)}? ${instead} instead.`);
		return;
	}
	const url = safeUrl(value, webProtocols);
	if (!url) warn(`${attribute}=${quote(value)} is not an http(s) URL; ${instead} instead.`);
	return url;
}
var DEFAULT_LINK_PREFIX = "mms-";
/**
* `link-prefix`: 1 to 32 letters, digits, `-` and `_`, else `mms-` with a
* warning. Never empty: a prefix is what tells the widget's fragments from
* the page's own (`#state-…`, `#access_token=…`). A removed attribute (null) quietly gives `mms-`.
*/
function linkPrefixFrom(value) {
	if (value === null) return DEFAULT_LINK_PREFIX;
	if (/^[\w-]{1,32}$/.test(value)) return value;
	warn(`link-prefix=${quote(value)} must be 1 to 32 letters, digits, - and _; using ${DEFAULT_LINK_PREFIX}.`);
	return DEFAULT_LINK_PREFIX;
}
/** `open-items="a b"` (or `"a, b"`) as a list of ids; extra spaces and commas are harmless. */
var idListConverter = { fromAttribute: (value) => (value ?? "").split(/[\s,]+/).filter(Boolean) };
/**
* An enumerated attribute's value if allowed, in any case (`Dark` is `dark`),
* else the fallback with a warning naming it. A removed attribute (null) quietly gives the fallback.
*/
function oneOf(attribute, value, allowed, fallback) {
	if (value === null) return fallback;
	const clean = String(value).trim().toLowerCase();
	if (allowed.includes(clean)) return clean;
	warn(`${attribute}=${quote(value)} is not one of ${allowed.join(", ")}; using ${fallback}.`);
	return fallback;
}
/**
* Warns about attributes on the element that look like misspellings of its
* own (`colour-scheme`, `heading_level`, `color-sheme`, `open-itmes`), which the browser would
* otherwise ignore without a word. Other attributes (`id`, `class`, `data-*`)
* are the page's business and pass silently.
*/
function warnNearMisses(element, known) {
	for (const name of element.getAttributeNames()) {
		const match = nearMiss(name, known);
		if (match) warn(`${name}=${quote(element.getAttribute(name))} is not an attribute of the widget; did you mean ${match}?`);
	}
}
export { headingLevelFrom, idListConverter, linkPrefixFrom, oneOf, warnNearMisses, webUrlFrom };
