// src/theme/contrast.ts
var context;
/**
* Any CSS colour (hex, rgb(), hsl(), oklch(), color(), named) as sRGB bytes,
* painted over white: the canvas does the parsing and the alpha compositing,
* so no colour syntax needs code of its own here. willReadFrequently keeps
* Chromium from logging a performance hint on the partner's console.
*/
function toRgb(color) {
	context ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
	if (!context) return {
		r: 0,
		g: 0,
		b: 0
	};
	context.fillStyle = "#fff";
	context.fillRect(0, 0, 1, 1);
	context.fillStyle = color;
	context.fillRect(0, 0, 1, 1);
	const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
	return {
		r,
		g,
		b
	};
}
function luminance({ r, g, b }) {
	const linear = (byte) => {
		const c = byte / 255;
		return c <= .04045 ? c / 12.92 : ((c + .055) / 1.055) ** 2.4;
	};
	return .2126 * linear(r) + .7152 * linear(g) + .0722 * linear(b);
}
function contrastRatio(a, b) {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + .05) / (dark + .05);
}
export { contrastRatio, toRgb };
