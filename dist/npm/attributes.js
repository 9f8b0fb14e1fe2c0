import { safeUrl, webProtocols } from "./urls.js";
import { warn } from "./warn.js";
/** Questions sit one level below the title, so the title may go no deeper than h5. */
var MAX_HEADING_LEVEL = 5;
/** `heading-level` as a usable level: an integer 1–5, else the default with a warning. */
function headingLevelFrom(value) {
	const level = Number(value);
	if (Number.isInteger(level) && level >= 1 && level <= MAX_HEADING_LEVEL) return level;
	warn(`heading-level="${String(value)}" is not a whole number from 1 to ${MAX_HEADING_LEVEL}; using 2.`);
	return 2;
}
/**
* A URL attribute (`guidance-href`, `share-url`) as a safe absolute URL.
* Relative URLs resolve against the page; anything but http(s), such as
* `javascript:`, warns and gives undefined, so the default is used: `instead`
* says which, in the warning.
*/
function webUrlFrom(attribute, value, instead) {
	if (value === void 0 || value.trim() === "") return void 0;
	const url = safeUrl(value, webProtocols);
	if (!url) warn(`${attribute}="${value}" is not an http(s) URL; ${instead} instead.`);
	return url;
}
/** `open-items="a b"` as a list of ids; extra spaces are harmless. */
var idListConverter = {
	fromAttribute: (value) => (value ?? "").split(/\s+/).filter(Boolean),
	toAttribute: (value) => value.join(" ")
};
/** An enumerated attribute's value if allowed, else the fallback with a warning naming it. */
function oneOf(attribute, value, allowed, fallback) {
	if (allowed.includes(value)) return value;
	warn(`${attribute}="${String(value)}" is not one of ${allowed.join(", ")}; using ${fallback}.`);
	return fallback;
}
export { headingLevelFrom, idListConverter, oneOf, webUrlFrom };
