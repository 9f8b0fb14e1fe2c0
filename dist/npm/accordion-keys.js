// src/accordion-keys.ts
/**
* Where focus goes among the questions for a key, per the WAI-ARIA accordion
* pattern: Up and Down move and wrap around, Home and End jump to the ends.
* Returns undefined for keys the accordion leaves to the browser.
*/
function focusTarget(key, current, count) {
	switch (key) {
		case "ArrowDown": return (current + 1) % count;
		case "ArrowUp": return (current - 1 + count) % count;
		case "Home": return 0;
		case "End": return count - 1;
		default: return;
	}
}
export { focusTarget };
