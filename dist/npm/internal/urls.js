// src/internal/urls.ts
/** Links in content may go to web pages or open an email; nothing else, so no `javascript:` or `data:`. */
var linkProtocols = [
	"https:",
	"http:",
	"mailto:"
];
var webProtocols = ["https:", "http:"];
/**
* A URL, resolved against the page, if its protocol is allowed; else undefined.
* Resolving first means tricks such as ` jAvAsCrIpT:` or tabs inside the
* scheme are judged as the browser would follow them.
*/
function safeUrl(value, protocols) {
	try {
		const url = new URL(value.trim(), globalThis.document?.baseURI);
		if (protocols.includes(url.protocol)) return url.href;
	} catch {}
}
export { linkProtocols, safeUrl, webProtocols };
