import { contrastRatio, toRgb } from "./contrast.js";
import { themeValueProblem } from "./theme-value.js";
import { defaultFor, tokens } from "./tokens.js";
import { quote } from "../internal/warn.js";
// src/theme/theme-guard.ts
/**
* Colour pairs the reader must be able to read, by token name, with the
* WCAG 2.2 AA minimum: 4.5:1 for text, 3:1 for the focus ring (1.4.11).
*/
var readablePairs = [
	[
		"text-color",
		"surface-color",
		4.5
	],
	[
		"muted-text-color",
		"surface-color",
		4.5
	],
	[
		"accent-ink",
		"surface-color",
		4.5
	],
	[
		"accent-text-color",
		"accent-color",
		4.5
	],
	[
		"key-message-text-color",
		"key-message-background-color",
		4.5
	],
	[
		"focus-color",
		"surface-color",
		3
	]
];
/** `accent-ink` is the accent colour where it is used as text. */
var publicName = (name) => `--mms-guidance-${name === "accent-ink" ? "accent-color" : name}`;
/** A ratio cut, not rounded, to two decimals: 2.995:1 is below 3:1, and must not read as 3.00:1. */
var ratioText = (ratio) => (Math.floor(ratio * 100) / 100).toFixed(2);
var black = {
	r: 0,
	g: 0,
	b: 0
};
var white = {
	r: 255,
	g: 255,
	b: 255
};
/**
* Keeps a partner's theme usable. Runs after render, writing overrides as inline
* private properties on the card, which win over the stylesheet's:
* - a token value that does not parse (a colour that is not one, a negative
*   radius), or that calls a function theme-value.ts does not allow, falls
*   back to that token's default;
* - unless `contrast` is off, a text colour below AA on its background becomes
*   black or white, whichever reads better (one always reaches 4.5:1).
* Each problem is reported once through `report`.
*/
function guardTheme(host, card, scheme, contrast, report) {
	card.removeAttribute("style");
	const given = getComputedStyle(host);
	let anyGiven = false;
	for (const token of tokens) {
		const value = given.getPropertyValue(`--mms-guidance-${token.name}`).trim();
		anyGiven ||= value !== "";
		const problem = value && themeValueProblem(value, token.validAs ?? "color");
		if (problem) {
			const fallback = defaultFor(token, scheme);
			report(`--mms-guidance-${token.name}: ${quote(value)} is refused: ${problem}; using the default (${fallback}).`);
			card.style.setProperty(`--_${token.name}`, fallback);
		}
	}
	if (!contrast || !anyGiven) return;
	const used = getComputedStyle(card);
	const color = (name) => toRgb(used.getPropertyValue(`--_${name}`).trim());
	for (const [foreground, background, minimum] of readablePairs) {
		const back = color(background);
		const ratio = contrastRatio(color(foreground), back);
		if (ratio >= minimum) continue;
		const useBlack = contrastRatio(black, back) >= contrastRatio(white, back);
		const better = useBlack ? "#000000" : "#ffffff";
		report(`${publicName(foreground)} on ${publicName(background)} has contrast ${ratioText(ratio)}:1, below WCAG AA ${minimum}:1; using ${better} (${ratioText(contrastRatio(useBlack ? black : white, back))}:1).`);
		card.style.setProperty(`--_${foreground}`, better);
	}
}
export { guardTheme, readablePairs };
