// A block body, so a message gives back nothing whatever console returns: callers `return warn(…)` for undefined.
const log = (level: 'warn' | 'error') => (message: string) => {
  console[level](`<mms-guidance>: ${message}`);
};

/** Every message names the element, so a partner can find it among the page's own logs. */
export const warn = log('warn');

/** For content a partner supplied that cannot be used: an error, since their text is not shown. */
export const fail = log('error');

/** What went wrong, in the words of whatever was thrown (JSON.parse, fetch). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
