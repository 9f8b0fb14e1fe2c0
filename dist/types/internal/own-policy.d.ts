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
export declare const factory: Factory | undefined;
export declare const createPolicy: ((name: string, rules: object) => Policy) | undefined;
/** The widget's own policy, made once; it throws if the page refuses the name. */
export declare const ownPolicy: () => Policy | undefined;
