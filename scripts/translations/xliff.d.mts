// Types for the browser test that parses the XLIFF with the browser's own XML parser.
import type { Unit } from './units.mjs';

export function toXliff(file: { lang: string; version: string; units: Unit[] }): string;
export function fromXliff(text: string): { lang?: string; version?: string; targets: Map<string, string> };
