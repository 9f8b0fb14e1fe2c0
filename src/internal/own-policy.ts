/**
 * The widget's own Trusted Types policy, "mms-guidance", for its JSON-LD (and
 * only JSON: a script that could run is never the widget's to make) and,
 * where a page already gave "lit-html" away, for Lit (trusted-types.ts).
 * Importing this module changes nothing on the page: the policy is made on
 * first use, with the page's own createPolicy as it was when this loaded.
 */
export interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
export interface Factory {
  createPolicy(name: string, rules: object): Policy;
}

export const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
export const createPolicy = factory?.createPolicy;
const pass = (input: string) => input;
/** The widget writes one script, its JSON-LD: anything that is not JSON is refused (JSON.parse throws). */
const json = (input: string) => (JSON.parse(input), input);

let own: Policy | undefined;
/** The widget's own policy, made once; it throws if the page refuses the name. */
export const ownPolicy = (): Policy | undefined =>
  (own ??= createPolicy?.call(factory, 'mms-guidance', { createHTML: pass, createScript: json }));
