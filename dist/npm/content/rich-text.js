import { linkProtocols, safeUrl } from "../internal/urls.js";
import { piecesOf, plainText, remembered, unsafeLinks } from "./markup.js";
import { html } from "lit";
// src/content/rich-text.ts
/**
* Renders rich text as Lit template parts: text stays text (Lit sets it as a
* text node, never as HTML), and a link whose URL is not http(s) or mailto
* keeps only its label. Text with no markup (most paragraphs) stays one string,
* which Lit renders as one text node: a list would add a part and two markers.
*/
var richText = remembered((text) => {
	const pieces = piecesOf(text);
	if (pieces.length === 1) return pieces[0];
	return pieces.map((piece) => {
		if (typeof piece === "string") return piece;
		if (piece.url === void 0) return html`<em>${piece.text}</em>`;
		const href = safeUrl(piece.url, linkProtocols);
		return href ? html`<a href=${href}>${piece.text}</a>` : piece.text;
	});
});
export { plainText, richText, unsafeLinks };
