// src/sharing/share-links.ts
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
/**
* Line icons drawn here, one path each on a 24-unit grid, stroked in the
* text colour (so forced colours repaint them), so nothing is fetched from a
* service. Each sits beside its control's text name, never in its place.
*/
var icons = {
	copy: "M10 14l4-4m-3-3 1.5-1.5a3.5 3.5 0 0 1 5 5L16 12m-3 5-1.5 1.5a3.5 3.5 0 0 1-5-5L8 12",
	whatsapp: "M3 21l1.6-4.6a9 9 0 1 1 3 3zM9 8.5c0 3.5 3 6.5 6.5 6.5",
	email: "M3 6h18v12H3zm0 0 9 7 9-7",
	x: "M4 4h4l12 16h-4zm16 0-6.5 7.5M4 20l6.5-7.5",
	facebook: "M3 12a9 9 0 1 0 18 0 9 9 0 0 0-18 0m12.5-4H14a2 2 0 0 0-2 2v11m-3-8h6",
	linkedin: "M3 3h18v18H3zm5 8v6m0-9.5v.01M12 17v-6m0 3a2.5 2.5 0 0 1 5 0v3"
};
export { icons, serviceNames, shareLinks };
