/** Every warning names the element, so a partner can find it among the page's own logs. */
export function warn(message: string): void {
  console.warn(`<mms-guidance>: ${message}`);
}
