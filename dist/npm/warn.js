// src/warn.ts
/** Every warning names the element, so a partner can find it among the page's own logs. */
function warn(message) {
	console.warn(`<mms-guidance>: ${message}`);
}
export { warn };
