/** WCAG 2.2 contrast between colours, for the theme guard. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

let context: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour (hex, rgb(), hsl(), oklch(), color(), named) as sRGB bytes,
 * painted over white: the canvas does the parsing and the alpha compositing,
 * so no colour syntax needs code of its own here. willReadFrequently keeps
 * Chromium from logging a performance hint on the partner's console.
 */
export function toRgb(color: string): Rgb {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return { r: 0, g: 0, b: 0 };
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
  return { r, g, b };
}

function luminance({ r, g, b }: Rgb): number {
  const linear = (byte: number) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
