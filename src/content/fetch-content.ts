import { safeUrl, webProtocols } from '../internal/urls.js';
import { messageOf, quote } from '../internal/warn.js';

/** The most a content file may weigh: ten questions in a few languages take a tenth of it. */
export const contentLimit = 256_000;
const tooBig = (size: string) => new Error(`is ${size}, over the ${contentLimit / 1000} KB limit; not read`);

/**
 * The body as text, read no further than the limit: a server's Content-Length
 * is believed first, and a body that runs past the limit anyway is cancelled,
 * so a huge or endless answer costs no more memory or time than the limit.
 */
async function limitedText(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > contentLimit) throw tooBig(`${declared} bytes`);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > contentLimit) {
      void reader.cancel();
      throw tooBig(`more than ${contentLimit} bytes`);
    }
    text += decoder.decode(read.value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Fetches a partner's content JSON. Rejects with an Error whose message says
 * what went wrong, in words a partner's web team can act on. No cookies go
 * with the request: the widget sets none and forwards none.
 */
export async function fetchContent(src: string, timeout: number): Promise<unknown> {
  const url = safeUrl(src, webProtocols);
  if (!url) throw new Error('is not an http(s) URL');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? 'none';
    if (!/[/+]json\b/i.test(type)) throw new Error(`has content type ${quote(type)}, not application/json`);
    const text = await limitedText(response);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`is not valid JSON (${messageOf(error)})`);
    }
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`gave no answer within ${timeout / 1000} s`);
    // fetch rejects with a TypeError, and no details, when the network or a policy stops it.
    if (error instanceof TypeError)
      throw new Error("could not be fetched: offline, or blocked by CORS or the page's CSP");
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
