// The resizer (dist/embed-resizer.js) runs on a partner's own page. Here a real
// embed sits beside hostile frames from another origin (the same test server
// under 127.0.0.1 or localhost): an ad with a frame nested in it, a payment
// frame, a srcdoc frame, and an embed frame that navigated to the ad's origin.
import { expect } from '@open-wc/testing';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';
import { loadScript } from './support/scripts.js';

const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** Sends a command to the ad frame and waits for its answer, matched by type (its window may not compare equal in WebKit). */
function ask<T>(frame: HTMLIFrameElement, type: string, answer: string, extra: object = {}): Promise<T> {
  return new Promise((resolve) => {
    addEventListener('message', function onMessage(event: MessageEvent<{ type?: string } & T>) {
      if (event.data?.type !== answer) return;
      removeEventListener('message', onMessage);
      resolve(event.data);
    });
    frame.contentWindow!.postMessage({ type, ...extra }, '*');
  });
}

const openIn = (frame: HTMLIFrameElement) =>
  [
    ...(frame.contentDocument!.querySelector('mms-guidance')?.shadowRoot?.querySelectorAll('[aria-expanded="true"]') ??
      []),
  ].map((button) => button.id);

describe('the resizer beside hostile frames', () => {
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.message);
  let embed: HTMLIFrameElement;
  let ad: HTMLIFrameElement;
  let payment: HTMLIFrameElement;
  let hijacked: HTMLIFrameElement;

  before(async () => {
    addEventListener('error', onError);
    // The page's fragment holds a secret, as after an OAuth implicit flow, before anything loads.
    history.replaceState(null, '', '#access_token=SECRET-1');
    await loadScript('/dist/embed-resizer.js', 'module');
    [embed, ad, payment, hijacked] = await Promise.all([
      loadFrame('/dist/embed.html', 'width: 420px; height: 150px; border: 0'),
      loadFrame(`${other}/tests/pages/ad-frame.html`, 'width: 300px; height: 100px'),
      loadFrame(`${other}/tests/pages/ad-frame.html?nested&payment`, 'width: 300px; height: 200px'),
      // An embed frame whose document went elsewhere: its src still names embed.html.
      loadFrame('/dist/embed.html?hijacked', 'width: 300px; height: 150px'),
    ]);
    await until(() => embed.getBoundingClientRect().height > 600, 'the real embed to grow to its content');
    await new Promise((resolve) => {
      hijacked.addEventListener('load', resolve, { once: true });
      hijacked.contentWindow!.location.href = `${other}/tests/pages/ad-frame.html?nested`;
    });
  });

  after(() => {
    removeEventListener('error', onError);
    history.replaceState(null, '', location.pathname + location.search);
    for (const frame of [embed, ad, payment, hijacked]) frame.remove();
  });

  it('lets no hostile frame resize anything, whatever address it claims', async () => {
    const heights = () => [embed, ad, payment, hijacked].map((frame) => frame.getBoundingClientRect().height);
    const before = heights();
    const targets = [embed.src, payment.src, hijacked.src, location.href];
    await ask(ad, 'ad-frame:attack', 'ad-frame:attacked', { targets });
    await ask(hijacked, 'ad-frame:attack', 'ad-frame:attacked', { targets });
    // A srcdoc frame has no address: the resizer must neither throw nor obey it.
    const srcdoc = document.createElement('iframe');
    srcdoc.srcdoc =
      "<script>parent.postMessage({type:'mms-guidance-embed:height',height:777},'*');parent.postMessage({type:'srcdoc-sent'},'*')</script>";
    srcdoc.style.height = '50px';
    await new Promise((resolve) => {
      addEventListener('message', function sent(event) {
        if (event.data?.type !== 'srcdoc-sent') return;
        removeEventListener('message', sent);
        resolve(undefined);
      });
      document.body.append(srcdoc);
    });
    expect(heights(), 'the real embed, the ad, the payment frame, the navigated-away embed frame').to.deep.equal(
      before,
    );
    expect(srcdoc.style.height, 'the srcdoc frame').to.equal('50px');
    expect(pageErrors).to.deep.equal([]);
    srcdoc.remove();
  });

  it('passes only a question fragment, only to the real embed, which follows it', async () => {
    location.hash = '#mms-evidence';
    await until(() => openIn(embed).includes('q-evidence'), 'the embed to open the question the page moved to');
    location.hash = '#id_token=SECRET-2';
    location.hash = '#mms-tablet-contents';
    await until(() => openIn(embed).includes('q-tablet-contents'), 'the embed to open the next question');
    expect(embed.contentWindow!.location.hash, 'the embed never saw the secrets').to.equal('#mms-tablet-contents');
    for (const frame of [ad, payment, hijacked]) {
      const { received } = await ask<{ received: string[] }>(frame, 'ad-frame:report', 'ad-frame:received');
      expect(received, `messages that reached ${frame.src}`).to.deep.equal([]);
    }
  });

  it("gives an embed with an empty link-prefix only mms- question fragments, never the page's own", async () => {
    // No question in the page's fragment when the frame first reports (no hashchange either), so the only
    // fragment it could be sent is one the test moves to: what it receives does not depend on timing.
    history.replaceState(null, '', '#state-start');
    const bare = await loadFrame('/dist/embed.html?link-prefix=', 'width: 420px; height: 150px; border: 0');
    await until(() => bare.getBoundingClientRect().height > 600, 'the frame to report its height');
    const seen: string[] = [];
    bare.contentWindow!.addEventListener('hashchange', () => seen.push(bare.contentWindow!.location.hash));
    location.hash = '#state-7f3a9c2e-login';
    location.hash = '#mms-unicef';
    await until(() => seen.includes('#mms-unicef'), 'the frame to follow the question fragment');
    expect(seen, 'fragments the frame moved to').to.deep.equal(['#mms-unicef']);
    bare.remove();
  });

  // Issue 30: the link prefix at its edge. The resizer must read a prefix as the widget does: 32 characters are taken.
  it('passes question fragments to an embed whose link-prefix has 32 characters, the most the widget takes', async () => {
    history.replaceState(null, '', '#state-start');
    const prefix = `${'p'.repeat(31)}-`;
    const long = await loadFrame(`/dist/embed.html?link-prefix=${prefix}`, 'width: 420px; height: 150px; border: 0');
    await until(() => long.getBoundingClientRect().height > 600, 'the frame to report its height');
    location.hash = `#${prefix}unicef`;
    await until(() => openIn(long).includes('q-unicef'), 'the frame to open the question the page moved to');
    expect(long.contentWindow!.location.hash).to.equal(`#${prefix}unicef`);
    long.remove();
  });

  it('still resizes the real embed when its content grows', async () => {
    const closed = embed.getBoundingClientRect().height;
    const widget = embed.contentDocument!.querySelector('mms-guidance')!;
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
    await until(() => embed.getBoundingClientRect().height > closed + 300, 'the embed to grow after Expand all');
    expect(embed.contentDocument!.documentElement.scrollHeight, 'no scrolling inside the frame').to.be.at.most(
      Math.ceil(embed.getBoundingClientRect().height),
    );
  });
});
