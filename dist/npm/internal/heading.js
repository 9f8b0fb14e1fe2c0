import { html } from "lit";
// src/internal/heading.ts
/**
* A native h1–h6 for a level chosen at run time. Lit cannot bind a tag name
* without lit/static-html, which costs more bytes than these six lines.
* The part name doubles as the class name.
*/
function heading(level, part, id, content) {
	switch (level) {
		case 1: return html`<h1 class=${part} part=${part} id=${id}>${content}</h1>`;
		case 2: return html`<h2 class=${part} part=${part} id=${id}>${content}</h2>`;
		case 3: return html`<h3 class=${part} part=${part} id=${id}>${content}</h3>`;
		case 4: return html`<h4 class=${part} part=${part} id=${id}>${content}</h4>`;
		case 5: return html`<h5 class=${part} part=${part} id=${id}>${content}</h5>`;
		default: return html`<h6 class=${part} part=${part} id=${id}>${content}</h6>`;
	}
}
export { heading };
