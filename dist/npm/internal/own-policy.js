// src/internal/own-policy.ts
var factory = globalThis.trustedTypes;
var createPolicy = factory?.createPolicy;
var pass = (input) => input;
/** The widget writes one script, its JSON-LD: anything that is not JSON is refused (JSON.parse throws). */
var json = (input) => (JSON.parse(input), input);
var own;
/** The widget's own policy, made once; it throws if the page refuses the name. */
var ownPolicy = () => own ??= createPolicy?.call(factory, "mms-guidance", {
	createHTML: pass,
	createScript: json
});
export { createPolicy, factory, ownPolicy };
