// The pre-rendered widget (dist/html/) before and after its script upgrades it:
// both screenshots are compared with one baseline, so the upgrade changes no pixel
// (within the visual group's threshold). This file loads no widget code up front:
// the element is undefined until the test loads the shipped bundle.
import { expect } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { loadScript } from '../support/scripts.js';

async function mount(width: number): Promise<HTMLElement> {
  const fragment = await (await fetch('/dist/html/mms-guidance.en.html')).text();
  const frame = document.createElement('div');
  frame.style.cssText = `width: ${width}px; padding: 8px; font: 16px/1.5 'DejaVu Sans', sans-serif; background: #fff`;
  // setHTMLUnsafe parses declarative shadow DOM, as a page's own HTML does (innerHTML would not).
  (frame as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(fragment);
  document.body.append(frame);
  return frame;
}

// A 360px phone (the frame's 8px padding makes up the width) and a 1280px desktop column.
const shots = [
  [344, 'prerendered-360'],
  [1264, 'prerendered-1280'],
] as const;

describe('visual regression: the pre-rendered widget upgrades without a visible change', () => {
  it('at 360 and 1280 px: before the script, then after it', async () => {
    // Both widths are shot before the one script run a page can have.
    const frames = await Promise.all(shots.map(([width]) => mount(width)));
    if (customElements.get('mms-guidance')) throw new Error('the element must not be defined before the first shots');
    for (const [index, [, name]] of shots.entries()) await visualDiff(frames[index]!, name);
    await loadScript('/dist/mms-guidance.js', 'module');
    // The script lets the page paint a server-rendered widget before it upgrades it (src/index.ts).
    await customElements.whenDefined('mms-guidance');
    for (const [index, [, name]] of shots.entries()) {
      const widget = frames[index]!.querySelector('mms-guidance') as HTMLElement & { updateComplete: Promise<boolean> };
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelectorAll('.card').length, 'the server render is replaced').to.equal(1);
      await visualDiff(frames[index]!, name);
    }
  });
});
