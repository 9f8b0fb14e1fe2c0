// A test-runner command for Chromium: emulate a media type and media features
// through CDP, including forced-colors, which the stock emulateMedia lacks.
// Other engines have no such protocol here; the command rejects there.
export function emulateMediaFeaturesPlugin() {
  // Overrides last as long as their CDP session, so each page keeps one.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || session.browser.name !== 'Chrome') {
        throw new Error(`emulate-media-features needs Chromium (CDP), not ${session.browser.name}`);
      }
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions
        .get(page)
        .send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}
