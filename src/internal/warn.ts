/** Every message names the element, so a partner can find it among the page's own logs. */
export function warn(message: string): void {
  console.warn(`<mms-guidance>: ${message}`);
}

/** For content a partner supplied that cannot be used: an error, since their text is not shown. */
export function fail(message: string): void {
  console.error(`<mms-guidance>: ${message}`);
}

/** What went wrong, in the words of whatever was thrown (JSON.parse, fetch). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A name or value as a warning prints it: in JSON's quotes and escapes, so a
 * newline or a fake console prompt inside it stays one quoted string on the
 * warning's line, and at most 80 characters, so it cannot bury the message.
 */
export const quote = (value: unknown): string => {
  const json = JSON.stringify(String(value));
  return json.length > 80 ? `${json.slice(0, 78)}…"` : json;
};
