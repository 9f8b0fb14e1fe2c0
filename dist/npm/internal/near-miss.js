// src/internal/near-miss.ts
/** Levenshtein distance: each inserted, deleted or changed character counts 1 (so swapped neighbours count 2). */
function distance(a, b) {
	let row = [...Array(b.length + 1).keys()];
	for (let i = 0; i < a.length; i++) {
		const next = [i + 1];
		for (let j = 0; j < b.length; j++) next.push(Math.min((row[j + 1] ?? 0) + 1, (next[j] ?? 0) + 1, (row[j] ?? 0) + Number(a[i] !== b[j])));
		row = next;
	}
	return row[b.length] ?? 0;
}
/** Spelling aside: `heading_level`, `headingLevel` (lower-cased by HTML), `colour-scheme`, `shares`. */
var skeleton = (name) => name.replace("colour", "color").replace(/[^a-z]|s$/g, "");
/**
* The known name that `name` most likely misspells, if any: one with the same
* skeleton, or, among names of 9 characters or more, one at most 2 edits away
* (`color-sheme`, `heading-levle`, `open-itmes`). Shorter names (`share`,
* `lang`, `radius`) get the skeleton alone: 1 or 2 edits from them are other
* libraries' attributes (`shape`, `link`, `id`), while no common attribute or
* framework name comes within 3 edits of a long one (measured against about
* 260 of them; tests/friendly-input.test.ts keeps a list).
*/
var nearMiss = (name, known) => known.includes(name) ? void 0 : known.find((real) => skeleton(real) === skeleton(name)) ?? known.find((real) => real.length > 8 && distance(real, name) < 3);
export { nearMiss };
