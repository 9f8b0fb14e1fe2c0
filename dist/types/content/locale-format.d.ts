/** "A and B", "A et B", "A اور B": the items (text or templates) joined as the language joins a list. */
export declare const listIn: (lang: string, items: readonly unknown[]) => unknown[];
/** A YYYY-MM-DD date as the language writes it ("1 décembre 2026"); anything else is shown as given. */
export declare const dateIn: (lang: string, iso: string) => string;
