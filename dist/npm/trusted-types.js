// src/trusted-types.ts
var factory = globalThis.trustedTypes;
var createPolicy = factory?.createPolicy;
var pass = (input) => input;
var own;
/** The widget's own policy, made once; it throws if the page refuses the name. */
var ownPolicy = () => own ??= createPolicy?.call(factory, "mms-guidance", {
	createHTML: pass,
	createScript: pass
});
/** Set when no policy could be had for Lit: the element must not be defined. */
var blocked = false;
if (factory && createPolicy) factory.createPolicy = (name, rules) => {
	restoreTrustedTypes();
	if (customElements.get("mms-guidance")) return void 0;
	try {
		return createPolicy.call(factory, name, rules);
	} catch {
		try {
			return ownPolicy();
		} catch {
			blocked = true;
			console.error(`<mms-guidance>: Trusted Types policies "${name}" and "mms-guidance" exist already; add 'allow-duplicates' to the page's trusted-types directive.`);
			return;
		}
	}
};
/** Puts the page's createPolicy back: after Lit's one call, or once everything has loaded. */
function restoreTrustedTypes() {
	if (factory && createPolicy) factory.createPolicy = createPolicy;
}
export { blocked, ownPolicy, restoreTrustedTypes };
