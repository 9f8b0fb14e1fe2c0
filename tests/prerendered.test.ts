import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../src/content/en.js';
import { fr } from '../src/content/fr.js';
import { ur } from '../src/content/ur.js';
import { plainText } from '../src/content/rich-text.js';
import type { Language } from '../src/content/types.js';
import { until } from './support/until.js';

// The pre-rendered widget (dist/html/, built by Lit's server renderer) as a
// partner's server prints it, in pages the test server composes (`/__prerendered`
// in web-test-runner.config.mjs): with no script, with scripting off (a sandboxed
// frame), and with the script arriving 2 s late, as on a slow network.

type Widget = HTMLElement & { updateComplete?: Promise<boolean> };

const ids = Object.keys(en.faq);

/** Opens a composed page in a frame of the given width; resolves once its widget is parsed (not once it has loaded). */
async function openPage(query: string, width = 360, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'A partner page';
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/__prerendered?${query}`;
  document.body.append(frame);
  await until(
    () => frame.contentDocument?.URL.includes('__prerendered') === true && !!widgetIn(frame)?.nextElementSibling,
    'the pre-rendered widget to be parsed',
  );
  return frame;
}

const widgetIn = (frame: HTMLIFrameElement) => frame.contentDocument?.querySelector<Widget>('mms-guidance');
const rootOf = (frame: HTMLIFrameElement) => widgetIn(frame)!.shadowRoot!;
const all = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const laidOut = (element: Element) => element.getClientRects().length > 0;
const displayed = (element: Element) => laidOut(element) && getComputedStyle(element).visibility !== 'hidden';

/** Where every part of the widget is, by part name and order: what a reader sees move if anything shifts. */
function layoutOf(frame: HTMLIFrameElement): string[] {
  const widget = widgetIn(frame)!;
  const box = (element: Element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return [x, y, width, height].map((n) => n.toFixed(1)).join(',');
  };
  return [`host ${box(widget)}`, ...all(rootOf(frame), '[part]').map((el) => `${el.getAttribute('part')} ${box(el)}`)];
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('the pre-rendered widget (dist/html/)', () => {
  describe('alone in a page, with no script', () => {
    it('shows the card and all 10 questions, each answer collapsed, from its declarative shadow root', async () => {
      const frame = await openPage('lang=en&script=none');
      const root = rootOf(frame);
      expect(Boolean(frame.contentWindow!.customElements.get('mms-guidance')), 'no script defined it').to.equal(false);
      expect(root.querySelector('[part="key-message-text"]')!.textContent).to.equal(en.card.keyMessage);
      expect(displayed(root.querySelector('[part="key-message-text"]')!)).to.equal(true);
      const questions = all(root, '.faq-question');
      expect(questions.map((button) => button.textContent!.trim())).to.deep.equal(
        Object.values(en.faq).map((item) => item.question),
      );
      expect(questions.every(displayed), 'every question shown').to.equal(true);
      expect(questions.map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(ids.map(() => 'false'));
      const answers = all(root, '.faq-answer');
      expect(answers.map((answer) => answer.getAttribute('hidden'))).to.deep.equal(ids.map(() => 'until-found'));
      expect(
        answers.some((answer) => answer.offsetHeight > 0),
        'no answer open',
      ).to.equal(false);
    });

    it('lays out none of its light-DOM copy, so the text is there once for readers and screen readers', async () => {
      const frame = await openPage('lang=en&script=none');
      const copy = widgetIn(frame)!.querySelector('article')!;
      expect(copy.textContent).to.contain(en.card.keyMessage);
      expect([copy, ...all(copy, '*')].some(laidOut), 'the light-DOM copy is not rendered').to.equal(false);
    });

    it('is styled under a strict CSP that allows its one style by the hash in dist/sri.json', async () => {
      const frame = await openPage('lang=en&script=none&csp');
      const card = rootOf(frame).querySelector('.card')!;
      // The stylesheet's own rules: the card's border, and collapsed answers.
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      expect(all(rootOf(frame), '.static-question').some(laidOut), 'the no-script questions stay hidden').to.equal(
        false,
      );
    });
  });

  describe('with scripting off', () => {
    it('shows every answer, and no control that needs a script', async () => {
      // A sandbox without allow-scripts turns scripting off in the frame; allow-same-origin lets the test look in.
      const frame = await openPage('lang=fr&script=now', 360, 'allow-same-origin');
      expect(frame.contentWindow!.matchMedia('(scripting: none)').matches, 'scripting is off').to.equal(true);
      const root = rootOf(frame);
      const answers = all(root, '.faq-answer');
      expect(answers.map((answer) => answer.offsetHeight > 0)).to.deep.equal(ids.map(() => true));
      const controls = all(root, 'button, .share');
      expect(controls.length).to.be.greaterThan(10);
      expect(
        controls.filter(displayed).map((control) => control.className),
        'no button or share bar is shown',
      ).to.deep.equal([]);
      // The questions read as plain headings instead.
      const headings = all(root, '.static-question').filter(displayed);
      expect(headings.map((heading) => heading.textContent)).to.deep.equal(
        Object.values(fr.faq).map((item) => item.question),
      );
      expect(headings.every((heading) => /^H3$/.test(heading.parentElement!.tagName))).to.equal(true);
    });
  });

  describe('when the script arrives 2 s late', () => {
    it('paints the key message before the script arrives, then upgrades without moving anything', async () => {
      const frame = await openPage('lang=en&script=late&wait=2000', 360);
      const win = frame.contentWindow!;
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      const keyMessage = rootOf(frame).querySelector('[part="key-message-text"]')!;
      const { x, y, width, height } = keyMessage.getBoundingClientRect();
      // A frame has been drawn with the key message on screen, and the script is not there yet.
      expect(Boolean(win.customElements.get('mms-guidance')), 'the script has not arrived').to.equal(false);
      expect(width * height).to.be.greaterThan(0);
      expect(frame.contentDocument!.elementFromPoint(x + width / 2, y + height / 2)?.localName).to.equal(
        'mms-guidance',
      );
      const before = layoutOf(frame);

      await until(() => !!win.customElements.get('mms-guidance'), 'the late script');
      const widget = widgetIn(frame)!;
      await widget.updateComplete;
      expect(all(rootOf(frame), '.key-message-text').length, 'one key message after the upgrade').to.equal(1);
      expect(layoutOf(frame)).to.deep.equal(before);
      // Chromium also reports layout shifts, which must add up to nothing.
      if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
        const shifts = win.performance.getEntriesByType('layout-shift') as (PerformanceEntry & { value: number })[];
        expect(shifts.reduce((sum, shift) => sum + shift.value, 0)).to.equal(0);
      }
    });

    it('keeps the answer the reader found and the question they focused before the upgrade', async () => {
      const frame = await openPage('lang=en&script=late&wait=2000', 1280);
      const root = rootOf(frame);
      expect(Boolean(frame.contentWindow!.customElements.get('mms-guidance')), 'the script has not arrived').to.equal(
        false,
      );
      // What find-in-page does to a hidden="until-found" answer it matches.
      root.querySelector('#a-evidence')!.removeAttribute('hidden');
      root.querySelector<HTMLButtonElement>('#q-unicef')!.focus();
      await until(() => !!frame.contentWindow!.customElements.get('mms-guidance'), 'the late script');
      await widgetIn(frame)!.updateComplete;
      expect(rootOf(frame).querySelector('#q-evidence')!.getAttribute('aria-expanded')).to.equal('true');
      expect((rootOf(frame).querySelector('#a-evidence') as HTMLElement).offsetHeight).to.be.greaterThan(0);
      expect(rootOf(frame).activeElement?.id).to.equal('q-unicef');
      expect(all(rootOf(frame), '.card').length).to.equal(1);
    });

    it('then works as the widget: accordion, keys, events, deep links and JSON-LD', async () => {
      const frame = await openPage('lang=en&script=late&wait=300&attrs=structured-data', 1280);
      const win = frame.contentWindow!;
      await until(() => !!win.customElements.get('mms-guidance'), 'the late script');
      const widget = widgetIn(frame)!;
      await widget.updateComplete;
      const root = rootOf(frame);
      const toggles: string[] = [];
      widget.addEventListener('mms-guidance-toggle', (event) => {
        const { id, open } = (event as CustomEvent<{ id: string; open: boolean }>).detail;
        toggles.push(`${id} ${open}`);
      });
      root.querySelector<HTMLButtonElement>('#q-audience')!.click();
      await widget.updateComplete;
      expect(root.querySelector('#q-audience')!.getAttribute('aria-expanded')).to.equal('true');
      expect(toggles).to.deep.equal(['audience true']);

      root.querySelector<HTMLButtonElement>('#q-audience')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement?.id).to.equal('q-why-needed');

      win.location.hash = '#mms-tablet-contents';
      await until(
        () => root.querySelector('#q-tablet-contents')?.getAttribute('aria-expanded') === 'true',
        'the deep link',
      );

      const jsonLd = frame.contentDocument!.head.querySelector('script[type="application/ld+json"]');
      const faq = JSON.parse(jsonLd!.textContent!) as { mainEntity: { name: string }[] };
      expect(faq.mainEntity.map((entry) => entry.name)).to.deep.equal(
        Object.values(en.faq).map((item) => item.question),
      );
    });
  });

  describe('parsed without declarative shadow DOM (KaiOS, Opera Mini, old WebViews)', () => {
    for (const language of [en, fr, ur] as Language[]) {
      it(`holds every question and answer in its light DOM, in ${language.name}, ${language.dir}`, async () => {
        const html = await (await fetch(`/dist/html/mms-guidance.${language.lang}.html`)).text();
        // DOMParser, like innerHTML, attaches no declarative shadow root: what an older browser shows.
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const widget = doc.querySelector('mms-guidance')!;
        expect(widget.shadowRoot).to.equal(null);
        const copy = widget.querySelector(':scope > article')!;
        expect([copy.getAttribute('lang'), copy.getAttribute('dir')]).to.deep.equal([language.lang, language.dir]);
        expect(copy.querySelector('h2')!.textContent).to.equal(language.card.title);
        const questions = [...copy.querySelectorAll('h3[id^="mms-"]')];
        expect(questions.map((heading) => [heading.id, heading.textContent])).to.deep.equal(
          Object.entries(language.faq).map(([id, item]) => [`mms-${id}`, item.question]),
        );
        questions.forEach((heading, index) => {
          const answer: string[] = [];
          // The answer's paragraphs run to the next question, or to the provenance line's footer.
          for (let next = heading.nextElementSibling; next?.localName === 'p'; next = next.nextElementSibling)
            answer.push(next.textContent!);
          const item = Object.values(language.faq)[index]!;
          expect(answer, heading.id).to.deep.equal(item.answer.map(plainText));
        });
        expect(copy.textContent).to.contain(plainText(language.card.keyMessage));
        expect(copy.querySelector(`a[href="${language.card.guidanceHref}"]`)!.textContent).to.equal(
          language.card.guidanceLabel,
        );
      });
    }
  });
});
