/**
 * The languages this bundle carries. English comes first and is always there:
 * it is the original and every fallback. The per-language builds replace this
 * module with English plus one language (see build/one-language.ts).
 */
export declare const builtIn: import("./types.js").Language[];
