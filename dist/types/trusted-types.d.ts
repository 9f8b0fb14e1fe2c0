/**
 * Trusted Types names. Lit makes a policy named "lit-html" as it loads, and
 * the widget one named "mms-guidance" for its JSON-LD. A page whose CSP lists
 * policy names (`trusted-types lit-html mms-guidance`) without
 * 'allow-duplicates' lets each name be made once, so a second copy of the
 * widget, or another Lit app loaded first, would make Lit throw and the
 * element never be defined. This module, loaded before Lit, catches that one
 * call: another copy of the widget already defined → this copy asks for no
 * policy and steps aside; a refused name → Lit gets the widget's own policy
 * (the page may see one report of the refusal); if that name is taken too,
 * one error says what to add, and the element is not defined (the page's own
 * fallback content stays).
 */
interface Policy {
    createHTML(input: string): unknown;
    createScript(input: string): unknown;
}
/** The widget's own policy, made once; it throws if the page refuses the name. */
export declare const ownPolicy: () => Policy | undefined;
/** Set when no policy could be had for Lit: the element must not be defined. */
export declare let blocked: boolean;
/** Puts the page's createPolicy back: after Lit's one call, or once everything has loaded. */
export declare function restoreTrustedTypes(): void;
export {};
