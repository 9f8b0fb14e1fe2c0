// src/theme/tokens.ts
var tokens = [
	{
		name: "font-family",
		validAs: "font-family"
	},
	{
		name: "font-size",
		validAs: "font-size"
	},
	{
		name: "line-height",
		validAs: "line-height",
		light: "1.5"
	},
	{
		name: "heading-font-family",
		validAs: "font-family",
		light: "var(--_font-family)"
	},
	{
		name: "heading-font-weight",
		validAs: "font-weight",
		light: "700"
	},
	{
		name: "surface-color",
		light: "#ffffff",
		dark: "#12161c"
	},
	{
		name: "text-color",
		light: "#1b1f24",
		dark: "#e8ecf1"
	},
	{
		name: "muted-text-color",
		light: "#4b5563",
		dark: "#b3bcc8"
	},
	{
		name: "accent-color",
		light: "#005a9c",
		dark: "#7cc0ff"
	},
	{
		name: "accent-text-color",
		light: "#ffffff",
		dark: "#0b1826"
	},
	{
		name: "border-color",
		light: "#6b7280",
		dark: "#8b95a3"
	},
	{
		name: "focus-color",
		light: "#b4005a",
		dark: "#ff9ccf"
	},
	{
		name: "key-message-background-color",
		light: "#e8f1fa",
		dark: "#1b2a3a"
	},
	{
		name: "key-message-border-color",
		light: "var(--_accent-color)"
	},
	{
		name: "key-message-text-color",
		light: "#10243a",
		dark: "#eaf3fc"
	},
	{
		name: "radius",
		validAs: "border-radius",
		light: "0.5em"
	},
	{
		name: "border-width",
		validAs: "border-top-width",
		light: "1px"
	},
	{
		name: "space",
		validAs: "padding",
		light: "1em"
	},
	{
		name: "max-width",
		validAs: "max-width",
		light: "48em"
	},
	{
		name: "transition-duration",
		validAs: "transition-duration",
		light: "150ms"
	}
];
/** The default a token takes in a scheme; `initial` leaves an inherited one to inherit. */
var defaultFor = (token, scheme) => (scheme === "dark" ? token.dark : void 0) ?? token.light ?? "initial";
export { defaultFor, tokens };
