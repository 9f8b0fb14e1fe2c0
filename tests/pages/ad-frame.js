// A hostile frame for tests/security-resizer.test.ts, served from another
// origin than the test page. It keeps every message it receives, and on
// command tries every way it has to resize frames on the page around it: as
// itself, claiming another frame's address, and from a frame nested inside it
// (a window that is not a frame of the partner page).
const received = [];
const nested = new URLSearchParams(location.search).has('nested');
let child;
if (!nested) {
  child = document.createElement('iframe');
  child.src = `${location.pathname}?nested`;
  document.documentElement.append(child);
}

function attack(targets) {
  const claims = [{}, ...targets.map((href) => ({ href }))];
  for (const window of new Set([parent, top])) {
    for (const claim of claims) {
      for (const height of [777, 1, 100000])
        window.postMessage({ type: 'mms-guidance-embed:height', height, ...claim }, '*');
    }
  }
}

addEventListener('message', (event) => {
  const { type, targets } = event.data ?? {};
  if (type === 'ad-frame:attack') {
    attack(targets);
    if (child) {
      // The nested frame attacks too; this frame answers once it has.
      addEventListener('message', function done(reply) {
        if (reply.data?.type !== 'ad-frame:attacked') return;
        removeEventListener('message', done);
        parent.postMessage({ type: 'ad-frame:attacked' }, '*');
      });
      child.contentWindow.postMessage(event.data, '*');
    } else parent.postMessage({ type: 'ad-frame:attacked' }, '*');
  } else if (type === 'ad-frame:report') {
    if (child) {
      addEventListener('message', function done(reply) {
        if (reply.data?.type !== 'ad-frame:received') return;
        removeEventListener('message', done);
        parent.postMessage({ type: 'ad-frame:received', received: [...received, ...reply.data.received] }, '*');
      });
      child.contentWindow.postMessage(event.data, '*');
    } else parent.postMessage({ type: 'ad-frame:received', received }, '*');
  } else if (!['ad-frame:attacked', 'ad-frame:received', 'mms-guidance-embed:height'].includes(type)) {
    // Everything but the commands, the answers and the nested frame's own attack.
    received.push(JSON.stringify(event.data));
  }
});
