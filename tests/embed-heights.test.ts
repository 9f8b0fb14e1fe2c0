// The script-free iframe must never clip: docs/embedding.md's table of frame
// heights is measured here (with the configurator's own measure), so it cannot
// go stale, and a frame that is still too short shows that there is more.
// After a layout change, rewrite the table and the default height (docs and configurator) with:
//   BROWSERS=chromium npx wtr --files tests/embed-heights.test.ts --update-snapshots
import { expect } from '@open-wc/testing';
import { getSnapshotConfig, readFile, writeFile } from '@web/test-runner-commands';
import { defaultFrameHeight, measureEmbed, type EmbedHeight } from '../demo/configurator.measure.js';
import { builtIn } from '../src/content/builtin.js';
import { loadFrame } from './support/frames.js';
import { until } from './support/until.js';

const widths = [360, 768, 1280];
const docsPath = '../docs/embedding.md';
const measurePath = '../demo/configurator.measure.ts';
const start = '<!-- embed-heights:start -->';
const end = '<!-- embed-heights:end -->';
// Chromium is the reference engine for the table; the others must fit in it.
const isChromium = navigator.userAgent.includes('Chrome/');

async function embedFrame(width: number, height: number, lang: string): Promise<HTMLIFrameElement> {
  const frame = await loadFrame(`/dist/embed.html?lang=${lang}`, `width: ${width}px; height: ${height}px; border: 0`);
  await until(
    () => !!frame.contentDocument?.querySelector('mms-guidance')?.shadowRoot?.querySelector('[part~="title"]'),
    `the ${lang} widget in the frame`,
  );
  return frame;
}

async function measure(width: number, lang: string): Promise<EmbedHeight> {
  const frame = await embedFrame(width, 600, lang);
  const height = await measureEmbed(frame.contentDocument!);
  frame.remove();
  return height;
}

function table(heights: Map<string, EmbedHeight>): string {
  return [
    `| Column width | ${builtIn.map((language) => `${language.name} (\`${language.lang}\`)`).join(' | ')} |`,
    `| --- | ${builtIn.map(() => '---:').join(' | ')} |`,
    ...widths.map(
      (width) =>
        `| ${width} px | ${builtIn.map((language) => `${heights.get(`${width} ${language.lang}`)!.recommended} px`).join(' | ')} |`,
    ),
  ].join('\n');
}

describe('iframe embed heights', () => {
  const heights = new Map<string, EmbedHeight>();

  before(async () => {
    for (const width of widths) {
      for (const { lang } of builtIn) heights.set(`${width} ${lang}`, await measure(width, lang));
    }
  });

  it("docs/embedding.md's table of frame heights holds every language collapsed, with room for an answer", async () => {
    const docs = (await readFile({ path: docsPath }))!;
    const [before, rest] = docs.split(start);
    const [documented, after] = rest!.split(end);
    const measured = `\n${table(heights)}\n`;
    if (isChromium && (await getSnapshotConfig()).updateSnapshots) {
      // The default height, in the docs' snippet and the configurator, is the table's 360 px English one.
      const fallback = heights.get('360 en')!.recommended;
      const snippetHeight = (text: string) =>
        text.replace(/height: \d+px; border: 0/g, `height: ${fallback}px; border: 0`);
      await writeFile({
        path: docsPath,
        content: `${snippetHeight(before!)}${start}${measured}${end}${snippetHeight(after!)}`,
      });
      const measure = (await readFile({ path: measurePath }))!;
      await writeFile({
        path: measurePath,
        content: measure.replace(/defaultFrameHeight = \d+;/, `defaultFrameHeight = ${fallback};`),
      });
      return;
    }
    if (isChromium)
      expect(documented === measured, `the table as measured (rewrite it with --update-snapshots):${measured}`).to.be
        .true;
    // In every engine: each documented height holds the collapsed widget.
    const rows = documented!.trim().split('\n').slice(2);
    for (const [row, width] of rows.map((line, index) => [line, widths[index]!] as const)) {
      const cells = row
        .split('|')
        .slice(2, -1)
        .map((cell) => Number.parseInt(cell, 10));
      builtIn.forEach(({ lang }, index) =>
        expect(cells[index], `${lang} at ${width} px`).to.be.at.least(heights.get(`${width} ${lang}`)!.collapsed),
      );
    }
  });

  it('the documented default height holds the English widget collapsed at 360 px', async () => {
    if (isChromium && (await getSnapshotConfig()).updateSnapshots) return; // being rewritten by the test above
    const docs = (await readFile({ path: docsPath }))!;
    expect(
      docs.includes(`height: ${defaultFrameHeight}px`),
      `docs/embedding.md's snippet says height: ${defaultFrameHeight}px`,
    ).to.be.true;
    expect(defaultFrameHeight).to.be.at.least(heights.get('360 en')!.collapsed);
    if (isChromium)
      expect(defaultFrameHeight, "the table's 360 px English height").to.equal(heights.get('360 en')!.recommended);
  });

  it('a frame too short to hold the widget scrolls, and shows that there is more until its end', async () => {
    const frame = await embedFrame(360, 500, 'en');
    const doc = frame.contentDocument!;
    const root = doc.documentElement;
    expect(root.scrollHeight).to.be.above(frame.clientHeight);
    expect(getComputedStyle(root).overflowY).to.be.oneOf(['auto', 'scroll']);
    if ((frame.contentWindow as typeof window).CSS.supports('animation-timeline: scroll()')) {
      const edge = () => Number(frame.contentWindow!.getComputedStyle(root, '::after').opacity);
      await until(() => edge() === 1, 'the "more below" edge');
      frame.contentWindow!.scrollTo(0, root.scrollHeight);
      await until(() => edge() === 0, 'the edge to go at the end');
    } else {
      // Without scroll-driven animations the frame's own scrollbar says it: nothing hides it.
      expect(getComputedStyle(root).scrollbarWidth).to.not.equal('none');
    }
    frame.remove();
  });

  it('a frame that holds the widget shows no "more below" edge', async () => {
    const frame = await embedFrame(360, heights.get('360 en')!.recommended, 'en');
    const root = frame.contentDocument!.documentElement;
    expect(root.scrollHeight).to.be.at.most(frame.clientHeight);
    const edge = frame.contentWindow!.getComputedStyle(root, '::after');
    // Where the edge exists (scroll-driven animations), it is transparent; elsewhere there is none.
    if ((frame.contentWindow as typeof window).CSS.supports('animation-timeline: scroll()'))
      expect(edge.opacity).to.equal('0');
    else expect(edge.content).to.equal('none');
    frame.remove();
  });
});
