import { type TemplateResult } from 'lit';
/**
 * A native h1–h6 for a level chosen at run time. Lit cannot bind a tag name
 * without lit/static-html, which costs more bytes than these six lines.
 * The part name doubles as the class name.
 */
export declare function heading(level: number, part: string, id: string, content: unknown): TemplateResult;
