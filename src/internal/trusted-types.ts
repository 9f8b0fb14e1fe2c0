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
 * fallback content stays). Only src/index.ts imports it: the class alone
 * (`mms-guidance/class`) leaves the page's createPolicy untouched.
 */
import { createPolicy, factory, ownPolicy, type Policy } from './own-policy.js';

/** Set when no policy could be had for Lit: the element must not be defined. */
export let blocked = false;

if (factory && createPolicy) {
  const original = createPolicy;
  factory.createPolicy = (name, rules) => {
    // Only Lit's own call is the widget's business; any other script's policy is made as the page would.
    if (name !== 'lit-html') return original.call(factory, name, rules);
    restoreTrustedTypes();
    // Another copy of the widget runs the page, so this one never renders: it asks for no name at all.
    if (customElements.get('mms-guidance')) return undefined as unknown as Policy;
    try {
      return original.call(factory, name, rules);
    } catch {
      try {
        return ownPolicy() as Policy;
      } catch {
        blocked = true;
        console.error(
          `<mms-guidance>: Trusted Types policies "lit-html" and "mms-guidance" exist already; add 'allow-duplicates' to the page's trusted-types directive.`,
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
