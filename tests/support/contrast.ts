import type { MmsGuidance } from '../../src/mms-guidance.js';
import { part, questions } from './queries.js';

/** WCAG 2.2 relative luminance and contrast ratio of computed `rgb()`/`rgba()` colours. */
function channels(color: string): [number, number, number] {
  const match = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour pairs a reader must read, measured from computed styles: [what, foreground, background, AA minimum]. */
export function readablePairs(element: MmsGuidance): [string, string, string, number][] {
  const style = (name: string) => getComputedStyle(part(element, name));
  const surface = style('card').backgroundColor;
  const question = getComputedStyle(questions(element)[0]!);
  return [
    ['body text', style('context').color, surface, 4.5],
    ['muted text', style('meta').color, surface, 4.5],
    ['question', question.color, surface, 4.5],
    ['expand all', style('toggle-all').color, surface, 4.5],
    ['key message', style('key-message-text').color, style('key-message').backgroundColor, 4.5],
    ['guidance link', style('guidance-link').color, style('guidance-link').backgroundColor, 4.5],
    ['chevron (non-text)', style('faq-icon').borderRightColor, surface, 3],
  ];
}
