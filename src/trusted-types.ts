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
interface Factory {
  createPolicy(name: string, rules: object): Policy;
}

const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
const createPolicy = factory?.createPolicy;
const pass = (input: string) => input;

let own: Policy | undefined;
/** The widget's own policy, made once; it throws if the page refuses the name. */
export const ownPolicy = (): Policy | undefined =>
  (own ??= createPolicy?.call(factory, 'mms-guidance', { createHTML: pass, createScript: pass }));

/** Set when no policy could be had for Lit: the element must not be defined. */
export let blocked = false;

if (factory && createPolicy) {
  factory.createPolicy = (name, rules) => {
    restoreTrustedTypes();
    // Another copy of the widget runs the page, so this one never renders: it asks for no name at all.
    if (customElements.get('mms-guidance')) return undefined as unknown as Policy;
    try {
      return createPolicy.call(factory, name, rules);
    } catch {
      try {
        return ownPolicy() as Policy;
      } catch {
        blocked = true;
        console.error(
          `<mms-guidance>: Trusted Types policies "${name}" and "mms-guidance" exist already; add 'allow-duplicates' to the page's trusted-types directive.`,
        );
        return undefined as unknown as Policy;
      }
    }
  };
}

/** Puts the page's createPolicy back: after Lit's one call, or once everything has loaded. */
export function restoreTrustedTypes(): void {
  if (factory && createPolicy) factory.createPolicy = createPolicy;
}
