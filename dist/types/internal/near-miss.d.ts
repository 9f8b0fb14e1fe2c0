/**
 * The known name that `name` most likely misspells, if any: one with the same
 * skeleton, or, among names of 9 characters or more, one at most 2 edits away
 * (`color-sheme`, `heading-levle`, `open-itmes`). Shorter names (`share`,
 * `lang`, `radius`) get the skeleton alone: 1 or 2 edits from them are other
 * libraries' attributes (`shape`, `link`, `id`), while no common attribute or
 * framework name comes within 3 edits of a long one (measured against about
 * 260 of them; tests/friendly-input.test.ts keeps a list).
 */
export declare const nearMiss: (name: string, known: readonly string[]) => string | undefined;
