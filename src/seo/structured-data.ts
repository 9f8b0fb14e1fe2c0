import type { Language } from '../content/types.js';
import { plainText } from '../content/rich-text.js';
import { ownPolicy } from '../internal/own-policy.js';
import { warn } from '../internal/warn.js';

/**
 * The one FAQPage script per page; every widget with `structured-data` looks
 * for it by this attribute and its type. A marker on a script of another type
 * is not the widget's: writing there could run the JSON as a script.
 */
const marker = 'data-mms-guidance-faq';
const selector = `script[type="application/ld+json"][${marker}]`;

/** schema.org FAQPage for the widget's questions and answers, in its language. */
export function faqPage(content: Language): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: content.lang,
    mainEntity: Object.values(content.faq).map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer.map(plainText).join('\n\n') },
    })),
  };
}

/** Set when the page refused the policy: say so once, then stop trying. */
let refused = false;

/** The widgets that asked for structured data, in the order they asked, with their content. The first one writes. */
const askers = new Map<object, Language>();

/**
 * Writes the FAQPage JSON-LD into the page's head, or updates it: one script
 * for the page however many widgets ask. `<` is escaped so no text can close
 * the script element.
 */
function write(content: Language): void {
  let script = document.head.querySelector<HTMLScriptElement>(selector);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(marker, '');
    document.head.append(script);
  }
  const json = JSON.stringify(faqPage(content)).replace(/</g, '\\u003c');
  if (script.textContent === json || refused) return;
  try {
    // Under Trusted Types a script element's text is a guarded sink, even for
    // JSON-LD, which never runs. The widget's policy (own-policy.ts) passes only
    // text that parses as JSON. A page whose CSP lists allowed policy names must add `mms-guidance`.
    script.text = (ownPolicy()?.createScript(json) as string | undefined) ?? json;
  } catch {
    refused = true;
    warn(
      'structured-data: the page\'s trusted-types directive refuses the policy "mms-guidance"; add it there to write the FAQ data.',
    );
  }
}

/** A widget with `structured-data` rendered `content`; the first such widget on the page speaks for it. */
export function wantStructuredData(widget: object, content: Language): void {
  askers.set(widget, content);
  if (askers.keys().next().value === widget) write(content);
}

/** A widget left the page or dropped `structured-data`: the next one speaks, or the script goes. */
export function leaveStructuredData(widget: object): void {
  if (!askers.delete(widget)) return;
  const next = askers.values().next();
  if (next.done) document.head.querySelector(selector)?.remove();
  else write(next.value);
}
