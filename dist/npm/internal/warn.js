// src/internal/warn.ts
/** Every message names the element, so a partner can find it among the page's own logs. */
function warn(message) {
	console.warn(`<mms-guidance>: ${message}`);
}
/** For content a partner supplied that cannot be used: an error, since their text is not shown. */
function fail(message) {
	console.error(`<mms-guidance>: ${message}`);
}
/** What went wrong, in the words of whatever was thrown (JSON.parse, fetch). */
var messageOf = (error) => error instanceof Error ? error.message : String(error);
export { fail, messageOf, warn };
