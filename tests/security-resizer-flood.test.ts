// A frame the resizer trusts can still post heights faster than any page can
// lay itself out. The resizer (dist/embed-resizer.js) must cost the partner's
// page at most one height per frame per animation frame, and nothing for a
// height it has already set; and once a frame has proved itself, each message
// costs a few comparisons, not a search of the page's frames.
import { expect } from '@open-wc/testing';
import { loadScript } from './support/scripts.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Counts the animation frames the page runs until stop() is called. */
function countFrames(): { stop(): number } {
  let frames = 0;
  let counting = true;
  const tick = () => {
    frames++;
    if (counting) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop: () => {
      counting = false;
      return frames;
    },
  };
}

/** Has the frame post each height, in order, and resolves once its last message has arrived. */
function flood(frame: HTMLIFrameElement, heights: number[]): Promise<void> {
  return new Promise((resolve) => {
    addEventListener('message', function done(event: MessageEvent<{ type?: string }>) {
      if (event.data?.type !== 'flood-frame:done') return;
      removeEventListener('message', done);
      resolve();
    });
    frame.contentWindow!.postMessage({ type: 'flood-frame:flood', heights }, '*');
  });
}

describe('the resizer under a flood of heights from a trusted frame', () => {
  let frame: HTMLIFrameElement;
  /** The frame's height each time its style attribute changed. */
  let writes: string[];
  const observer = new MutationObserver((records) => records.forEach(() => writes.push(frame.style.height)));

  before(async () => {
    await loadScript('/dist/embed-resizer.js', 'module');
    frame = document.createElement('iframe');
    frame.title = 'Flooding frame';
    frame.setAttribute('data-mms-guidance-embed', '');
    frame.style.cssText = 'width: 300px; height: 100px; border: 0';
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = '/tests/pages/flood-frame.html';
      document.body.append(frame);
    });
  });

  beforeEach(() => {
    writes = [];
    observer.observe(frame, { attributes: true, attributeFilter: ['style'] });
  });

  afterEach(() => observer.disconnect());
  after(() => frame.remove());

  it('sets at most one height per animation frame, and ends on the last one asked', async () => {
    const frames = countFrames();
    await flood(frame, [...Array.from({ length: 2000 }, (_, i) => (i % 2 ? 300 : 200)), 250]);
    // The last height is applied at the next animation frame; one more lets the observer report it.
    await nextFrame();
    await nextFrame();
    const ran = frames.stop();
    writes.push(...observer.takeRecords().map(() => frame.style.height));
    expect(frame.style.height, 'the height the frame asked for last').to.equal('250px');
    expect(writes.length, `style changes, in ${ran} animation frames`).to.be.at.most(ran);
  });

  it('does nothing, not even wait for a frame, for a height already set', async () => {
    await flood(frame, [200]);
    await nextFrame();
    await nextFrame();
    expect(frame.style.height).to.equal('200px');
    writes = [];
    const original = window.requestAnimationFrame;
    let asked = 0;
    window.requestAnimationFrame = (callback) => (asked++, original.call(window, callback));
    try {
      await flood(
        frame,
        Array.from({ length: 2000 }, () => 200),
      );
    } finally {
      window.requestAnimationFrame = original;
    }
    await nextFrame();
    writes.push(...observer.takeRecords().map(() => frame.style.height));
    expect(writes, 'style changes').to.deep.equal([]);
    expect(asked, 'animation frames the resizer asked for').to.equal(0);
  });

  // Issue 30: the height bounds at their edge. A height is taken if it is over 0 and at most 30,000 px.
  for (const [height, set] of [
    [30_000, '30000px'],
    [30_001, '150px'],
    [1, '1px'],
    [0, '150px'],
    [-1, '150px'],
  ] as const) {
    it(`${set === `${height}px` ? 'sets' : 'ignores'} a height of ${height} px`, async () => {
      await flood(frame, [150]);
      await nextFrame();
      await nextFrame();
      expect(frame.style.height, 'the height before').to.equal('150px');
      await flood(frame, [height]);
      await nextFrame();
      await nextFrame();
      expect(frame.style.height).to.equal(set);
    });
  }

  it("looks through the page's frames for a frame's first report, not for each message", async () => {
    await flood(frame, [120]);
    const original = document.querySelectorAll;
    let searches = 0;
    document.querySelectorAll = function (this: Document, selectors: string) {
      if (selectors === 'iframe') searches++;
      return original.call(this, selectors);
    } as typeof document.querySelectorAll;
    try {
      await flood(frame, [...Array.from({ length: 2000 }, (_, i) => (i % 2 ? 130 : 140)), 140]);
    } finally {
      document.querySelectorAll = original;
    }
    await nextFrame();
    await nextFrame();
    expect(frame.style.height, 'the last height asked').to.equal('140px');
    expect(searches, "searches of the page's frames").to.equal(0);
  });

  it('trusts a frame that proved itself only while it is still marked as an embed', async () => {
    await flood(frame, [210]);
    await nextFrame();
    await nextFrame();
    expect(frame.style.height).to.equal('210px');
    frame.removeAttribute('data-mms-guidance-embed');
    try {
      await flood(frame, [220]);
      await nextFrame();
      await nextFrame();
      expect(frame.style.height, 'unmarked, its src not naming embed.html').to.equal('210px');
    } finally {
      frame.setAttribute('data-mms-guidance-embed', '');
    }
    await flood(frame, [230]);
    await nextFrame();
    await nextFrame();
    expect(frame.style.height, 'marked again').to.equal('230px');
  });
});
