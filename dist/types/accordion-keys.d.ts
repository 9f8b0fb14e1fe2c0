/**
 * Where focus goes among the questions for a key, per the WAI-ARIA accordion
 * pattern: Up and Down move and wrap around, Home and End jump to the ends.
 * Returns undefined for keys the accordion leaves to the browser.
 */
export declare function focusTarget(key: string, current: number, count: number): number | undefined;
