import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { pt } from "./pt.js";
import { ur } from "./ur.js";
// src/content/builtin.ts
/**
* The languages this bundle carries. English comes first and is always there:
* it is the original and every fallback. The per-language builds replace this
* module with English plus one language (see build/one-language.ts).
*/
var builtIn = [
	en,
	fr,
	es,
	pt,
	ur
];
export { builtIn };
