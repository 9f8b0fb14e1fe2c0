import type { Language } from './types.js';
type Json = Record<string, unknown>;
/** A partner's content: language tag → the fields it changes, already checked. */
export type PartnerContent = Record<string, Json>;
/**
 * The longest text a field may hold: an answer paragraph of the built-in
 * content is under 400 characters. A longer one is refused, field by field, so
 * a mistaken or hostile file cannot blank or stall the page.
 */
export declare const textLimit = 4000;
/** Room for every language a partner could mean to add, and lists far longer than any built-in one. */
export declare const languageLimit = 50;
export declare const listLimit = 20;
/** Problems reported per content load; the rest are counted on one line, so a broken or hostile file cannot flood the console. */
export declare const reportLimit = 20;
/**
 * Checks partner content, as parsed from JSON, against the published schema
 * (dist/content.schema.json): an object of language tags, each holding any of
 * the fields of the built-in content. `from` names where it came from.
 */
export declare function checkPartnerContent(json: unknown, from: string, reportAll: (problem: string) => void): PartnerContent;
/**
 * The languages with a partner's content laid on top. Each field falls back to
 * the built-in text for that language (`pt-MZ` uses Portuguese), then to
 * English. A new language is unreviewed unless the partner says otherwise, and
 * right to left if its tag says so.
 */
export declare function withPartnerContent(languages: readonly Language[], partner: PartnerContent): Language[];
/** Inline content as written in `<script type="application/json">`: parsed and checked, problems reported. */
export declare function parsePartnerContent(text: string): PartnerContent;
export {};
