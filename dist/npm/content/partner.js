import { bestMatch } from "./language.js";
import { unsafeLinks } from "./markup.js";
import { safeUrl, webProtocols } from "../internal/urls.js";
import { fail, messageOf, quote } from "../internal/warn.js";
import { en } from "./en.js";
// src/content/partner.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/**
* What a partner may write for one language: English has every text field;
* the rest describe the language. `lang` is the key it sits under, and source
* keys belong to the built-in content only.
*/
var allowed = {
	...en,
	lang: void 0,
	translated: "",
	review: {
		status: "",
		reviewer: "",
		date: ""
	}
};
/** Fields whose value is one of a few words. */
var choices = {
	dir: ["ltr", "rtl"],
	status: ["unreviewed", "reviewed"]
};
/**
* The longest text a field may hold: an answer paragraph of the built-in
* content is under 400 characters. A longer one is refused, field by field, so
* a mistaken or hostile file cannot blank or stall the page.
*/
var textLimit = 4e3;
var languageTag = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;
/** Languages written right to left, so a partner's new Arabic or Pashto needs no `dir`. */
var rightToLeft = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)(-|$)/i;
/**
* The usable part of a partner's value, checked against the field it fills:
* a string for a string, a list of strings for a list, an object with known
* fields for an object. Each problem is reported with the field's path, and
* only that field is dropped.
*/
function usable(value, like, path, report) {
	const field = path.slice(path.lastIndexOf(".") + 1);
	if (typeof like === "string") {
		if (typeof value === "string") {
			if (value.length > 4e3) return report(`${path} has ${value.length} characters, over the ${textLimit} limit`);
			if (choices[field] && !choices[field].includes(value)) return report(`${path} ${quote(value)} is not one of ${choices[field].join(", ")}`);
			if (field === "guidanceHref" && !safeUrl(value, webProtocols)) return report(`${path} ${quote(value)} is not an http(s) URL`);
			for (const url of unsafeLinks(value)) report(`${path} links to ${quote(url)}, which is not http(s) or mailto; only its text is shown`);
			return value;
		}
	} else if (Array.isArray(like)) {
		if (Array.isArray(value) && value.length > 20) return report(`${path} has ${value.length} items, over the 20 limit`);
		if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.filter((item, index) => usable(item, "", `${path}[${index}]`, report) !== void 0);
	} else if (isObject(value)) {
		const kept = {};
		for (const [key, item] of Object.entries(value)) if (key === "source" || !Object.keys(like).includes(key) || like[key] === void 0) report(`${path}.${quote(key)} is not a known field`);
		else {
			const checked = usable(item, like[key], `${path}.${key}`, report);
			if (checked !== void 0) kept[key] = checked;
		}
		return kept;
	}
	return report(`${path} should be ${typeof like === "string" ? "text" : Array.isArray(like) ? "a list of texts" : "an object"}, not ${JSON.stringify(value).slice(0, 80)}`);
}
/**
* Checks partner content, as parsed from JSON, against the published schema
* (dist/content.schema.json): an object of language tags, each holding any of
* the fields of the built-in content. `from` names where it came from.
*/
function checkPartnerContent(json, from, reportAll) {
	let problems = 0;
	const report = (problem) => {
		if (++problems <= 20) reportAll(problem);
	};
	const checked = {};
	if (!isObject(json)) {
		report(`${from} should be an object of languages, like {"fr": {"card": {"title": "…"}}}; showing the built-in content`);
		return checked;
	}
	const tags = Object.keys(json).filter((tag) => tag !== "$schema");
	if (tags.length > 50) report(`${from} has ${tags.length} languages, over the 50 limit; using the first 50`);
	for (const tag of tags.slice(0, 50)) {
		const value = json[tag];
		if (!languageTag.test(tag)) report(`${from}: ${quote(tag)} is not a language tag such as "fr" or "pt-MZ"`);
		else {
			const language = usable(value, allowed, `${from} ${tag}`, report);
			if (language) checked[tag] = language;
		}
	}
	if (problems > 20) reportAll(`${from}: ${problems - 20} more problems not shown; the first 20 are above`);
	return checked;
}
/** `over`'s fields laid onto `base`, object by object; texts and lists are replaced whole. */
function merge(base, over) {
	if (!isObject(base) || !isObject(over)) return over ?? base;
	const merged = { ...base };
	for (const [key, value] of Object.entries(over)) merged[key] = merge(merged[key], value);
	return merged;
}
/**
* The languages with a partner's content laid on top. Each field falls back to
* the built-in text for that language (`pt-MZ` uses Portuguese), then to
* English. A new language is unreviewed unless the partner says otherwise, and
* right to left if its tag says so.
*/
function withPartnerContent(languages, partner) {
	const result = [...languages];
	for (const [lang, fields] of Object.entries(partner)) {
		const exact = result.findIndex((language) => language.lang.toLowerCase() === lang.toLowerCase());
		const newLanguage = {
			...en,
			name: lang,
			dir: rightToLeft.test(lang) ? "rtl" : "ltr"
		};
		const merged = merge(result[exact] ?? {
			...bestMatch(lang, result) ?? newLanguage,
			lang,
			review: { status: "unreviewed" }
		}, fields);
		if (exact === -1) result.push(merged);
		else result[exact] = merged;
	}
	return result;
}
/** Inline content as written in `<script type="application/json">`: parsed and checked, problems reported. */
function parsePartnerContent(text) {
	try {
		return checkPartnerContent(JSON.parse(text), "inline content", fail);
	} catch (error) {
		fail(`inline content is not valid JSON (${messageOf(error)}); showing the built-in content.`);
		return {};
	}
}
export { checkPartnerContent, parsePartnerContent, textLimit, withPartnerContent };
