import { defaultFor, tokens } from "./tokens.js";
import { unsafeCSS } from "lit";
// src/theme/theme.styles.ts
/**
* Each public `--mms-guidance-*` token is read once, with its default, into a
* private `--_*` name on the card; the rules (mms-guidance.styles.ts, sharing.styles.ts) use only the private names.
* Custom properties inherit through the shadow boundary, so a token set on the
* element or any ancestor reaches them. A token with no default (font family,
* font size) leaves its `var()` invalid, and an invalid inherited property
* inherits: the page's font. The dark scheme swaps only the colour defaults.
*/
var declarations = (scheme) => tokens.filter((token) => scheme === "light" || token.dark).map((token) => {
	const fallback = scheme === "light" && !token.light ? "" : `,${defaultFor(token, scheme)}`;
	return `--_${token.name}:var(--mms-guidance-${token.name}${fallback});`;
}).join("");
var themeStyles = unsafeCSS(`
  .card{${declarations("light")}--_accent-ink:var(--_accent-color)}
  :host([color-scheme=dark]) .card{${declarations("dark")}color-scheme:dark}
  @media (prefers-color-scheme:dark){:host([color-scheme=auto]) .card{${declarations("dark")}color-scheme:dark}}
`);
export { themeStyles };
