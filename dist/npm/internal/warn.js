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
/**
* A name or value as a warning prints it: in JSON's quotes and escapes, so a
* newline or a fake console prompt inside it stays one quoted string on the
* warning's line, and at most 80 characters, so it cannot bury the message.
*/
var quote = (value) => {
	const json = JSON.stringify(String(value));
	return json.length > 80 ? `${json.slice(0, 78)}…"` : json;
};
export { fail, messageOf, quote, warn };
