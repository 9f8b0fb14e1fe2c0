/** The page's own address without its fragment: what the share bar shares by default. */
export const pageUrl = (): string => location.href.replace(/#.*/, '');

/** `base` with `#fragment`, replacing any fragment it had. */
export const withFragment = (base: string, fragment: string): string => `${base.replace(/#.*/, '')}#${fragment}`;

/**
 * The FAQ id a location hash names for this widget, if any: `#mms-evidence`
 * with prefix `mms-` gives `evidence`. A malformed hash gives undefined.
 */
export function idFromHash(hash: string, prefix: string): string | undefined {
  try {
    const fragment = decodeURIComponent(hash.slice(1));
    return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : undefined;
  } catch {
    return undefined;
  }
}
