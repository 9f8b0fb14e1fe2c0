import type { KitTexts } from './kit-pages.mjs';
/** The social cards' names and sizes (kit-card.mjs). */
export const cardSizes: { name: string; width: number; height: number }[];
/** Draws a card on the canvas at its size; returns the lines drawn, by part. */
export function drawCard(
  canvas: HTMLCanvasElement,
  texts: KitTexts,
  options?: { accent?: string; family?: string },
): { label: string; keyMessage: string[]; footer: string[]; keySize: number };
