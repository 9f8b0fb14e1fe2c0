/** Links in content may go to web pages or open an email; nothing else, so no `javascript:` or `data:`. */
export const linkProtocols = ['https:', 'http:', 'mailto:'];
export const webProtocols = ['https:', 'http:'];

/**
 * A URL, resolved against the page, if its protocol is allowed; else undefined.
 * Resolving first means tricks such as ` jAvAsCrIpT:` or tabs inside the
 * scheme are judged as the browser would follow them.
 */
export function safeUrl(value: string, protocols: readonly string[]): string | undefined {
  try {
    // A server has no page to resolve against: only absolute URLs pass there. (No Lit here: the
    // WordPress packager reads rich text in Node without installing it.)
    const url = new URL(value.trim(), globalThis.document?.baseURI);
    if (protocols.includes(url.protocol)) return url.href;
  } catch {
    // Not a URL at all: the caller reports it.
  }
  return undefined;
}
