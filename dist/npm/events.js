// src/events.ts
/** Events bubble and cross the shadow boundary so a page can listen on `document`. */
function emit(target, type, detail) {
	target.dispatchEvent(new CustomEvent(type, {
		bubbles: true,
		composed: true,
		detail
	}));
}
export { emit };
