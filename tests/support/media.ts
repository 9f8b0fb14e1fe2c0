/** Chromium is the engine whose protocol (CDP) can emulate media here. */
export const canEmulateMedia = /Chrome\//.test(navigator.userAgent);

interface MediaEmulation {
  media?: 'print' | 'screen' | '';
  features?: { name: string; value: string }[];
}

/** Emulates media in Chromium (see tests/runner/emulate-media-plugin.mjs); call with {} to reset. */
export async function emulate(emulation: MediaEmulation): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('emulate-media-features', emulation);
}
