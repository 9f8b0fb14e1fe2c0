// src/internal/own-policy.ts
var factory = globalThis.trustedTypes;
var createPolicy = factory?.createPolicy;
var pass = (input) => input;
var own;
/** The widget's own policy, made once; it throws if the page refuses the name. */
var ownPolicy = () => own ??= createPolicy?.call(factory, "mms-guidance", {
	createHTML: pass,
	createScript: pass
});
export { createPolicy, factory, ownPolicy };
