// src/warn.ts
/** Every message names the element, so a partner can find it among the page's own logs. */
function warn(message) {
	console.warn(`<mms-guidance>: ${message}`);
}
/** For content a partner supplied that cannot be used: an error, since their text is not shown. */
function fail(message) {
	console.error(`<mms-guidance>: ${message}`);
}
export { fail, warn };
