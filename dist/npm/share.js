// src/share.ts
/**
* Share links for when the browser has no share sheet. Plain links to each
* service's own share page: no script, no pixel, nothing loads until the
* reader follows one.
*/
function shareLinks(url, text) {
	const u = encodeURIComponent(url);
	const t = encodeURIComponent(text);
	return [
		["whatsapp", `https://wa.me/?text=${t}%20${u}`],
		["email", `mailto:?subject=${t}&body=${t}%0A%0A${u}`],
		["x", `https://twitter.com/intent/tweet?text=${t}&url=${u}`],
		["facebook", `https://www.facebook.com/sharer/sharer.php?u=${u}`],
		["linkedin", `https://www.linkedin.com/sharing/share-offsite/?url=${u}`]
	];
}
/** The services' own names, the same in every language; "Email" is translated (`ui.email`). */
var serviceNames = {
	whatsapp: "WhatsApp",
	x: "X",
	facebook: "Facebook",
	linkedin: "LinkedIn"
};
/** Copies text; false where the page may not (an insecure page, a refused permission, no clipboard). */
async function copyText(text) {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
export { copyText, serviceNames, shareLinks };
