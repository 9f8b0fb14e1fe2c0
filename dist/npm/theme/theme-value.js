import { quote } from "../internal/warn.js";
// src/theme/theme-value.ts
/**
* The functions a theme value may call, by the kind of token. Colours: the
* colour functions (the legacy `rgba()` and `hsla()` too, which brand guides
* still give) and `color-mix()`, for tints of a brand colour. Sizes, lengths
* and times: the math functions. Anything else is refused, though
* CSS.supports() accepts much of it for any property: `var()`, `env()`,
* `attr()` read from the page; `if()` and `light-dark()` change the colour by
* a condition after the contrast guard has checked it; `url()`, `image-set()`
* and `src()` fetch. Math is kept out of colours: with viewport units and a
* division by a length, it too makes a colour that changes with the frame's
* width. A backslash could spell any function name in CSS escapes.
*/
var colorFunctions = [
	"rgb",
	"rgba",
	"hsl",
	"hsla",
	"hwb",
	"lab",
	"lch",
	"oklab",
	"oklch",
	"color",
	"color-mix"
];
var mathFunctions = [
	"calc",
	"min",
	"max",
	"clamp"
];
/** Why a partner's value cannot fill a token of `kind` (a CSS property, as Token.validAs), or undefined if it can. */
function themeValueProblem(value, kind) {
	const allowed = kind === "color" ? colorFunctions : mathFunctions;
	if (value.includes("\\")) return "theme values may not hold a backslash";
	for (const [, name = ""] of value.matchAll(/([\w-]+)\(/g)) if (!allowed.includes(name.toLowerCase())) return `a ${kind} may use only ${allowed.join("(), ")}(), not ${quote(`${name}()`)}`;
	if (!CSS.supports(kind, value)) return `it is not a valid ${kind} value`;
}
export { themeValueProblem };
