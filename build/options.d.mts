/** The edits of dist/html/*.options.json for the options a pre-rendered widget is printed with (options.mjs). */
export function applyOptions(
  inside: string,
  variants: unknown,
  options: { 'heading-level'?: number; share?: string; 'open-items'?: string },
): string;
export function variantsOf(inside: string, render: (attributes: object) => string, ids: string[]): unknown;
