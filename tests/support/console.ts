/** Collects console.warn (or console.error) calls during each test of the file or suite that calls it. */
export function warningsDuringEachTest(level: 'warn' | 'error' = 'warn'): { readonly messages: string[] } {
  const collected = { messages: [] as string[] };
  const original = console[level];
  beforeEach(() => {
    collected.messages = [];
    console[level] = (...args: unknown[]) => collected.messages.push(args.map(String).join(' '));
  });
  afterEach(() => (console[level] = original));
  return collected;
}
