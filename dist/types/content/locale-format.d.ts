/**
 * What Intl.ListFormat puts between two items in each built-in language, as
 * the platform gives it. The first Intl formatter on a page loads the locale
 * data: 140–280 ms of the first render at 4x CPU throttling in Chromium
 * (bench/PROFILE.md), for the two sources of the provenance line.
 * tests/languages.test.ts checks each against Intl in every browser; any
 * other language asks Intl.
 */
export declare const pairJoins: Map<string, string>;
/** "A and B", "A et B", "A اور B": the items (text or templates) joined as the language joins a list ("and" is Intl's default). */
export declare const listIn: (lang: string, items: readonly unknown[]) => unknown[];
/** A YYYY-MM-DD date as the language writes it ("1 décembre 2026"); anything else is shown as given. */
export declare const dateIn: (lang: string, iso: string) => string;
