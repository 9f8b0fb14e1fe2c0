/** Waits, up to 5 s, until a condition holds by its own signs, not for a fixed delay; fails naming what it waited for. */
export async function until(ready: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
