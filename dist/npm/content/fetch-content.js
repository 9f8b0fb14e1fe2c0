import { safeUrl, webProtocols } from "../urls.js";
// src/content/fetch-content.ts
/**
* Fetches a partner's content JSON. Rejects with an Error whose message says
* what went wrong, in words a partner's web team can act on. No cookies go
* with the request: the widget sets none and forwards none.
*/
async function fetchContent(src, timeout) {
	const url = safeUrl(src, webProtocols);
	if (!url) throw new Error("is not an http(s) URL");
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeout);
	try {
		const response = await fetch(url, {
			signal: controller.signal,
			credentials: "omit"
		});
		if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
		const type = response.headers.get("content-type") ?? "none";
		if (!/[/+]json\b/i.test(type)) throw new Error(`has content type "${type}", not application/json`);
		const text = await response.text();
		try {
			return JSON.parse(text);
		} catch (error) {
			throw new Error(`is not valid JSON: ${error.message}`);
		}
	} catch (error) {
		if (controller.signal.aborted) throw new Error(`gave no answer within ${timeout / 1e3} s`);
		if (error instanceof TypeError) throw new Error("could not be fetched: offline, or blocked by CORS or the page’s CSP");
		throw error;
	} finally {
		clearTimeout(timer);
	}
}
export { fetchContent };
