import { linkProtocols, safeUrl } from "../internal/urls.js";
// src/content/markup.ts
/**
* The first index at or after `from` where `pattern` matches in `text`, or -1.
* The scan only ever asks for the same or later positions, so an answer found
* before stands until it is passed (and "none" stands for good): each finder
* searches the text once in all, and the whole scan is linear however the
* markup is (un)closed. (tests/security-rich-text.test.ts counts the work by
* watching RegExp exec, so nothing here counts it.)
*/
function finder(text, pattern) {
	let found = -2;
	return (from) => {
		if (found !== -1 && found < from) {
			pattern.lastIndex = from;
			found = pattern.exec(text)?.index ?? -1;
		}
		return found;
	};
}
function scan(text) {
	const next = finder(text, /[[*]/g);
	const closeBracket = finder(text, /]/g);
	const urlEnd = finder(text, /[)\s]/g);
	const star = finder(text, /\*/g);
	const pieces = [];
	let last = 0;
	for (let at = next(0); at !== -1;) {
		let end = -1;
		let piece;
		if (text[at] === "*") {
			end = star(at + 1);
			if (end > at + 1) piece = { text: text.slice(at + 1, end) };
		} else {
			const close = closeBracket(at + 1);
			if (close > at + 1 && text[close + 1] === "(") {
				end = urlEnd(close + 2);
				if (end > close + 2 && text[end] === ")") piece = {
					text: text.slice(at + 1, close),
					url: text.slice(close + 2, end)
				};
			}
		}
		if (piece) {
			pieces.push(text.slice(last, at), piece);
			last = end + 1;
			at = next(last);
		} else at = next(at + 1);
	}
	pieces.push(text.slice(last));
	return pieces;
}
/** Remembers each text's result, so a render reuses it: rich text is scanned when content changes, not on every render. */
function remembered(make) {
	const known = /* @__PURE__ */ new Map();
	return (text) => {
		let result = known.get(text);
		if (result === void 0) {
			if (known.size >= 500) known.clear();
			known.set(text, result = make(text));
		}
		return result;
	};
}
/** Rich text as its pieces: plain strings, and each `*words*` or `[label](url)`. */
var piecesOf = remembered(scan);
/** The link URLs in rich text that `richText` will not link, so they can be reported once. */
var unsafeLinks = (text) => piecesOf(text).flatMap((piece) => typeof piece === "object" && piece.url !== void 0 && !safeUrl(piece.url, linkProtocols) ? [piece.url] : []);
/** Rich text as plain text, for where no markup can go: `[label](url)` becomes its label, `*words*` its words. */
var plainText = (text) => piecesOf(text).map((piece) => typeof piece === "string" ? piece : piece.text).join("");
export { piecesOf, plainText, remembered, unsafeLinks };
