import { expect, html } from '@open-wc/testing';
import type { LinkDetail, ShareDetail } from '../src/events.js';
import { renderWithoutShareSheet } from './support/navigator.js';
import { part, parts, question } from './support/queries.js';
import { widgetWithContent } from './support/widget.js';

const names = ['mms-guidance-toggle', 'mms-guidance-toggle-all', 'mms-guidance-link', 'mms-guidance-share'] as const;

/** Every widget event that reaches the document, as a partner's analytics listener sees it. */
function recordEvents(): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  for (const name of names) document.addEventListener(name, record);
  return { events, stop: () => names.forEach((name) => document.removeEventListener(name, record)) };
}

/** Links are followed in the widget, but the test page stays: navigation is cancelled at the document. */
const stayOnPage = (event: Event) => event.preventDefault();

const partnerContent = { en: { referral: { text: 'Ask your [health ministry](https://health.example/mms).' } } };

const widgetWithPartnerLink = () => renderWithoutShareSheet(html`<div>${widgetWithContent(partnerContent)}</div>`);

describe('analytics hooks', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    recorder = recordEvents();
    document.addEventListener('click', stayOnPage);
  });
  afterEach(() => {
    recorder.stop();
    document.removeEventListener('click', stayOnPage);
  });

  it('a followed link reports its kind and address: guidance, source or content', async () => {
    const el = await widgetWithPartnerLink();
    (part(el, 'guidance-link') as HTMLAnchorElement).click();
    part(el, 'provenance').querySelector('a')!.click();
    part(el, 'referral').querySelector('a')!.click();
    const details = recorder.events.map((event) => [event.type, event.detail as LinkDetail]);
    expect(details).to.deep.equal([
      ['mms-guidance-link', { kind: 'guidance', href: 'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/' }],
      ['mms-guidance-link', { kind: 'source', href: 'https://hmhbconsortium.org/new-guidance-from-the-mms-tag/' }],
      ['mms-guidance-link', { kind: 'content', href: 'https://health.example/mms' }],
    ]);
  });

  it('a share link reports its channel and the shared address', async () => {
    const el = await renderWithoutShareSheet(
      html`<mms-guidance share-url="https://health.example/mms"></mms-guidance>`,
    );
    for (const link of parts(el, 'share-link')) link.click();
    expect(recorder.events.map((event) => event.detail as ShareDetail)).to.deep.equal(
      ['whatsapp', 'email', 'x', 'facebook', 'linkedin'].map((channel) => ({
        channel,
        url: 'https://health.example/mms',
      })),
    );
  });

  it('every event bubbles out of the shadow root and is composed, with a typed detail', async () => {
    const el = await widgetWithPartnerLink();
    question(el, 'evidence').click();
    (part(el, 'toggle-all') as HTMLButtonElement).click();
    (part(el, 'guidance-link') as HTMLAnchorElement).click();
    parts(el, 'share-link')[0]!.click();
    expect(recorder.events.map((event) => event.type)).to.deep.equal([...names]);
    for (const event of recorder.events) {
      expect(event.bubbles, event.type).to.equal(true);
      expect(event.composed, event.type).to.equal(true);
    }
    // Typed: the compiler knows each detail from the event name.
    document.addEventListener('mms-guidance-share', (event) => event.detail.channel satisfies string, { once: true });
  });

  it('the widget sends nothing itself: no request, beacon or pixel through all of that', async () => {
    const calls: string[] = [];
    const saved = { fetch: window.fetch, beacon: navigator.sendBeacon, open: XMLHttpRequest.prototype.open };
    window.fetch = (...args) => (calls.push(`fetch ${String(args[0])}`), saved.fetch(...args));
    navigator.sendBeacon = (url) => (calls.push(`beacon ${String(url)}`), true);
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      calls.push(`xhr ${String(args[1])}`);
      return (saved.open as (...a: unknown[]) => void).apply(this, args);
    };
    const before = performance.getEntriesByType('resource').length;
    try {
      const el = await widgetWithPartnerLink();
      question(el, 'evidence').click();
      (part(el, 'toggle-all') as HTMLButtonElement).click();
      (part(el, 'guidance-link') as HTMLAnchorElement).click();
      part(el, 'referral').querySelector('a')!.click();
      for (const link of parts(el, 'share-link')) link.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.fetch = saved.fetch;
      navigator.sendBeacon = saved.beacon;
      XMLHttpRequest.prototype.open = saved.open;
    }
    expect(calls).to.deep.equal([]);
    expect(
      performance
        .getEntriesByType('resource')
        .slice(before)
        .map((entry) => entry.name),
    ).to.deep.equal([]);
    expect(recorder.events.length, 'while the page heard everything').to.be.at.least(8);
  });
});

describe('the analytics examples in docs/analytics.md', () => {
  /** The code block that follows a heading in docs/analytics.md, run as a partner would paste it. */
  async function readmeExample(heading: string): Promise<string> {
    const readme = await (await fetch('/docs/analytics.md')).text();
    const block = new RegExp(`${heading}[\\s\\S]*?\`\`\`(?:js|html)\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
    if (!block) throw new Error(`no example under "${heading}" in docs/analytics.md`);
    return block.replace(/<\/?script>/g, '');
  }

  const cleanUp: (() => void)[] = [];
  afterEach(() => cleanUp.splice(0).forEach((undo) => undo()));

  for (const [name, heading, queue] of [
    ['GA4', 'Google Analytics 4', 'dataLayer'],
    ['Matomo', 'Matomo', '_paq'],
  ] as const) {
    it(`${name}: the example forwards toggles, links and shares to ${queue}`, async () => {
      const code = await readmeExample(heading);
      const win = window as unknown as Record<string, unknown[] | undefined>;
      win[queue] = [];
      const listeners: [string, EventListener][] = [];
      const realAdd = document.addEventListener.bind(document);
      document.addEventListener = ((type: string, listener: EventListener) => {
        listeners.push([type, listener]);
        realAdd(type, listener);
      }) as typeof document.addEventListener;
      try {
        new Function(code)();
      } finally {
        document.addEventListener = realAdd as typeof document.addEventListener;
      }
      cleanUp.push(() => {
        for (const [type, listener] of listeners) document.removeEventListener(type, listener);
        Reflect.deleteProperty(window, queue);
      });
      document.addEventListener('click', stayOnPage);
      cleanUp.push(() => document.removeEventListener('click', stayOnPage));
      const el = await renderWithoutShareSheet(html`<mms-guidance></mms-guidance>`);
      question(el, 'evidence').click();
      (part(el, 'guidance-link') as HTMLAnchorElement).click();
      parts(el, 'share-link')[0]!.click();
      const sent = JSON.stringify(win[queue]);
      for (const expected of ['evidence', 'guidance', 'whatsapp']) expect(sent, expected).to.contain(expected);
      expect(win[queue]!.length).to.equal(3);
      if (queue === 'dataLayer') {
        // GA4 refuses event names with anything but letters, digits and underscores.
        const names = (win[queue] as { event: string }[]).map((entry) => entry.event);
        expect(
          names.every((name) => /^[A-Za-z]\w*$/.test(name)),
          names.join(', '),
        ).to.equal(true);
      }
    });
  }
});
