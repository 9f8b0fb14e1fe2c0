// A frame the resizer trusts (same origin, marked data-mms-guidance-embed), for
// tests/security-resizer-flood.test.ts: on command it posts every height it is
// given to the page around it, one message each, then says it is done. It posts
// with its own postMessage called on the parent, as embed.ts does, so WebKit
// names this frame as the source.
addEventListener('message', (event) => {
  if (event.data?.type !== 'flood-frame:flood') return;
  for (const height of event.data.heights) postMessage.call(parent, { type: 'mms-guidance-embed:height', height }, '*');
  postMessage.call(parent, { type: 'flood-frame:done' }, '*');
});
