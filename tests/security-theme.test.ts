// A theme value that changes with a condition once the contrast guard has
// checked it (issue 27, finding 3): CSS if() passes CSS.supports for any
// property. Framed at 600 px, each page is readable; widened to 700 px, the
// condition turns its surface black under black text. The embed refuses the
// value outright; on a partner's page the guard checks again when the resize
// changes what the tokens compute to.
import { expect } from '@open-wc/testing';
import type { MmsGuidance } from '../src/mms-guidance.js';
import { contrast } from './support/contrast.js';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';

const nextFrame = (view: Window) => new Promise((resolve) => view.requestAnimationFrame(resolve));

/** The card's text colour on what it is painted over: its background colour, or a gradient's first stop. */
function textOnSurface(frame: HTMLIFrameElement): { ratio: number; image: string } {
  const widget = frame.contentDocument!.querySelector('mms-guidance') as MmsGuidance;
  const style = frame.contentWindow!.getComputedStyle(widget.shadowRoot!.querySelector('[part="card"]')!);
  const stop = /gradient\((rgba?\([^)]*\))/.exec(style.backgroundImage)?.[1];
  return { ratio: contrast(style.color, stop ?? style.backgroundColor), image: style.backgroundImage };
}

async function widenedFrom600To700(src: string): Promise<{ narrow: number; wide: number; image: string }> {
  const frame = await loadFrame(src, 'width: 600px; height: 800px; border: 0');
  const view = frame.contentWindow!;
  await customElements.whenDefined.call(view.customElements, 'mms-guidance');
  const widget = frame.contentDocument!.querySelector('mms-guidance') as MmsGuidance;
  await widget.updateComplete;
  await until(() => widget.shadowRoot!.querySelector('[part="card"]') !== null, 'the card');
  const narrow = textOnSurface(frame).ratio;
  frame.style.width = '700px';
  await until(() => view.innerWidth === 700, 'the frame to widen');
  // The guard's check runs on the resize, before the next frame is painted.
  await nextFrame(view);
  await nextFrame(view);
  const { ratio: wide, image } = textOnSurface(frame);
  frame.remove();
  return { narrow, wide, image };
}

describe('a theme colour that changes when the frame widens', () => {
  it('is refused by embed.html: the text stays readable at every width', async () => {
    const query = new URLSearchParams({
      'surface-color': 'if(media(width > 650px): linear-gradient(#000,#000); else: #fff)',
      'text-color': '#000',
    });
    const { narrow, wide, image } = await widenedFrom600To700(`/dist/embed.html?${query}`);
    expect(narrow, 'contrast at 600 px').to.be.at.least(4.5);
    expect(wide, 'contrast at 700 px').to.be.at.least(4.5);
    expect(image, 'no gradient painted under the text').to.equal('none');
  });

  it("is checked again on a partner's page when the resize changes it: the text stays readable", async () => {
    const { narrow, wide } = await widenedFrom600To700('/tests/pages/conditional-theme.html');
    expect(narrow, 'contrast at 600 px').to.be.at.least(4.5);
    expect(wide, 'contrast at 700 px').to.be.at.least(4.5);
  });
});
