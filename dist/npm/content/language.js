import { isServer } from "lit";
// src/content/language.ts
/**
* The language the page asks for: the element's own `lang`, else the nearest
* ancestor's, else the document's, else English. A server rendering the
* element knows only its own attributes.
*/
var requestedLang = (host) => host.getAttribute("lang") || (isServer ? "" : host.closest("[lang]:not([lang=\"\"])")?.getAttribute("lang") || document.documentElement.lang) || "en";
/**
* The language that best serves a BCP 47 tag: the same tag, else the same
* primary language, so `fr-BF` gets French. Case does not matter, and the
* locale spelling `fr_FR` (common in CMSs) reads as `fr-FR`.
*/
function bestMatch(tag, languages) {
	const wanted = tag.toLowerCase().replace(/_/g, "-");
	const primary = wanted.split("-")[0];
	return languages.find((language) => language.lang.toLowerCase() === wanted) ?? languages.find((language) => language.lang.toLowerCase() === primary);
}
export { bestMatch, requestedLang };
