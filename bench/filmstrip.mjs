// Screenshots of a page's first moments, as a filmstrip: Chromium's trace keeps a
// screenshot of each frame it paints; for each moment asked for, the strip shows
// the last frame painted by then (a blank cell: nothing painted yet).
import { throttledTab } from './shared.mjs';

/** Frames painted while loading url, as [ms since navigation start, JPEG data URL], in order. */
export async function paintedFrames(browser, url, network) {
  const { context, page } = await throttledTab(browser, 4);
  if (network) await page.emulateNetworkConditions(network);
  await page.tracing.start({ screenshots: true, categories: ['blink.user_timing', 'devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  // A few more frames after load, so a late upgrade is in the trace too.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  await context.close();
  const start = traceEvents.find((event) => event.name === 'navigationStart')?.ts;
  if (start === undefined) throw new Error(`filmstrip: no navigationStart in the trace of ${url}`);
  return traceEvents
    .filter((event) => event.name === 'Screenshot' && event.args?.snapshot)
    .map((event) => [(event.ts - start) / 1000, `data:image/jpeg;base64,${event.args.snapshot}`])
    .sort(([a], [b]) => a - b);
}

/** The last frame painted at or before each moment, or undefined. */
export const framesAt = (frames, moments) => moments.map((moment) => frames.filter(([at]) => at <= moment).at(-1)?.[1]);

/** An HTML page laying the strips out: a row per variant, a column per moment. */
export const filmstripPage = (title, moments, rows) => `<!doctype html>
<meta charset="utf-8">
<style>
  body { margin: 8px; font: 13px/1.3 sans-serif; background: #fff; color: #000; }
  table { border-collapse: collapse; }
  th, td { padding: 3px; text-align: left; vertical-align: top; }
  td img, td .blank { display: block; width: 103px; height: 229px; border: 1px solid #888; background: #fff; }
  th[scope='row'] { width: 150px; font-weight: normal; }
</style>
<h1 style="font-size: 15px; margin: 0 0 6px">${title}</h1>
<table>
  <tr><td></td>${moments.map((moment) => `<th scope="col">${moment} ms</th>`).join('')}</tr>
  ${rows
    .map(
      ([label, frames]) =>
        `<tr><th scope="row">${label}</th>${frames
          .map((frame) => `<td>${frame ? `<img src="${frame}" alt="">` : '<div class="blank"></div>'}</td>`)
          .join('')}</tr>`,
    )
    .join('\n')}
</table>
`;
