import { expect, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { fr } from '../src/content/fr.js';
import { MmsGuidance } from '../src/mms-guidance.js';
import { answerText, part, question, questions, shadow, visibleText } from './support/queries.js';
import { render, settled, widgetWithContent } from './support/widget.js';

/** Renders a widget with partner content inline, as a partner's page would write it. */
const withInline = (json: string, attributes: Record<string, string> = {}): Promise<MmsGuidance> =>
  render(html`<div>${widgetWithContent(json, attributes)}</div>`);

/** A URL on the test server that answers as a partner's content server would. */
const contentUrl = (body: unknown, { type = 'application/json', status = 200, wait = 0 } = {}) =>
  `/__content?${new URLSearchParams({
    type,
    status: String(status),
    wait: String(wait),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })}`;

/** Resolves once the widget has re-rendered with its fetched content, or given up on it. */
async function loaded(el: MmsGuidance, errors: string[], until: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !until() && errors.length === 0; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
}

const title = (el: MmsGuidance) => visibleText(part(el, 'title'));

describe('partner content', () => {
  let errors: string[] = [];
  let uncaught: unknown[] = [];
  const original = console.error;
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push(String('reason' in event ? event.reason : event.error));
  beforeEach(() => {
    errors = [];
    uncaught = [];
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    console.error = original;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    expect(uncaught, 'no uncaught exception').to.deep.equal([]);
  });

  describe('inline <script type="application/json">', () => {
    it('replaces the fields it names and keeps every other built-in text', async () => {
      const el = await withInline(JSON.stringify({ en: { card: { title: 'Postpartum MMS: what the TAG says' } } }));
      expect(title(el)).to.equal('Postpartum MMS: what the TAG says');
      expect(visibleText(part(el, 'key-message-text'))).to.equal(en.card.keyMessage);
      expect(questions(el)).to.have.length(10);
      expect(errors).to.deep.equal([]);
    });

    it('falls back field by field: a French question replaced, the rest built-in French', async () => {
      const el = await withInline(
        JSON.stringify({ fr: { faq: { evidence: { question: 'Que montrent les essais ?' } } } }),
        { lang: 'fr' },
      );
      expect(visibleText(question(el, 'evidence'))).to.equal('Que montrent les essais ?');
      el.expand('evidence');
      await el.updateComplete;
      expect(answerText(shadow(el).querySelector('#a-evidence')!)).to.equal(fr.faq.evidence.answer.join(' '));
      expect(visibleText(question(el, 'unicef'))).to.equal(fr.faq.unicef.question);
    });

    it('a regional variant falls back to its language: fr-BF over built-in French', async () => {
      const el = await withInline(JSON.stringify({ 'fr-BF': { card: { title: 'Titre burkinabè' } } }), {
        lang: 'fr-BF',
      });
      expect(part(el, 'card').lang).to.equal('fr-BF');
      expect(title(el)).to.equal('Titre burkinabè');
      expect(visibleText(part(el, 'key-message-text'))).to.equal(fr.card.keyMessage);
    });

    it('adds a new language, English where it is silent, unreviewed unless it says otherwise', async () => {
      const el = await withInline(
        JSON.stringify({
          mg: { name: 'Malagasy', card: { title: 'Torolàlana MMS TAG' }, ui: { expandAll: 'Sokafy daholo' } },
        }),
        { lang: 'mg' },
      );
      expect(part(el, 'card').lang).to.equal('mg');
      expect(title(el)).to.equal('Torolàlana MMS TAG');
      expect(visibleText(part(el, 'toggle-all'))).to.equal('Sokafy daholo');
      expect(visibleText(part(el, 'key-message-text'))).to.equal(en.card.keyMessage);
      expect(visibleText(part(el, 'language-notice'))).to.contain(en.ui.unreviewed);
      (part(el, 'language-switch') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(title(el)).to.equal(en.card.title);
      expect(visibleText(part(el, 'language-switch'))).to.equal('Malagasy');
    });

    it('writes a new right-to-left language right to left without being told: Arabic', async () => {
      const el = await withInline(JSON.stringify({ ar: { card: { title: 'إرشادات' } } }), { lang: 'ar' });
      expect(part(el, 'card').dir).to.equal('rtl');
      const ltr = await withInline(JSON.stringify({ ar: { dir: 'ltr' } }), { lang: 'ar' });
      expect(part(ltr, 'card').dir, 'unless the partner says otherwise').to.equal('ltr');
    });

    it("marks English standing in for a new language's missing text as English, for screen readers", async () => {
      const el = await withInline(
        JSON.stringify({
          mg: { card: { title: 'Torolàlana MMS TAG' }, faq: { evidence: { question: 'Inona no porofo?' } } },
        }),
        { lang: 'mg' },
      );
      const english = (node: Element) => node.querySelector('span[lang="en"]');
      expect(Boolean(english(part(el, 'title'))), "the partner's own title marked English").to.equal(false);
      expect(Boolean(english(question(el, 'evidence'))), "the partner's own question marked English").to.equal(false);
      expect(english(part(el, 'key-message-text'))!.textContent).to.equal(en.card.keyMessage);
      expect(english(question(el, 'unicef'))!.textContent).to.equal(en.faq.unicef.question);
      expect(english(part(el, 'toggle-all'))!.textContent).to.equal(en.ui.expandAll);
      await expect(el).to.be.accessible();
    });

    it('marks nothing as English in a built-in translation, or in a variant of one', async () => {
      const french = await render(html`<mms-guidance lang="fr" open-items="evidence"></mms-guidance>`);
      expect(shadow(french).querySelectorAll('span[lang="en"]')).to.have.length(0);
      const variant = await withInline(JSON.stringify({ 'fr-BF': { card: { title: 'Titre' } } }), { lang: 'fr-BF' });
      expect(shadow(variant).querySelectorAll('span[lang="en"]')).to.have.length(0);
    });

    it("carries the partner's review metadata: reviewed, by whom and when, and then no notice", async () => {
      const review = { status: 'reviewed', reviewer: 'Ministry of Health, Madagascar', date: '2026-10-01' };
      const el = await withInline(JSON.stringify({ mg: { name: 'Malagasy', review } }), { lang: 'mg' });
      expect(Boolean(shadow(el).querySelector('[part="language-notice"]')), 'a notice').to.equal(false);
      // The date is written the language's own way (Intl), not as the ISO date given.
      const date = new Intl.DateTimeFormat('mg', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-10-01'));
      expect(visibleText(part(el, 'provenance'))).to.contain(
        `Translation reviewed by Ministry of Health, Madagascar, ${date}`,
      );
      expect(visibleText(part(el, 'provenance'))).to.not.contain('2026-10-01');
    });

    it('follows the inline content when the page changes it', async () => {
      const el = await withInline(JSON.stringify({ en: { card: { title: 'First' } } }));
      el.querySelector('script')!.textContent = JSON.stringify({ en: { card: { title: 'Second' } } });
      await settled(el);
      expect(title(el)).to.equal('Second');
    });
  });

  describe('rich text', () => {
    it('renders *emphasis* and [links](…) as elements, and everything else as text', async () => {
      const el = await withInline(
        JSON.stringify({
          en: {
            referral: {
              text: 'Ask *your* health worker, or see [the ministry page](https://health.example/mms) or [write to us](mailto:mms@health.example). 2 < 3 & <b>not bold</b>.',
            },
          },
        }),
      );
      const referral = part(el, 'referral');
      expect(referral.querySelector('em')!.textContent).to.equal('your');
      const links = [...referral.querySelectorAll('a')];
      expect(links.map((a) => [a.textContent, a.href])).to.deep.equal([
        ['the ministry page', 'https://health.example/mms'],
        ['write to us', 'mailto:mms@health.example'],
      ]);
      expect(Boolean(referral.querySelector('b')), 'a <b> element').to.equal(false);
      expect(visibleText(referral)).to.contain('2 < 3 & <b>not bold</b>.');
    });

    it('keeps only the label of a link that is not http(s) or mailto, with an error naming the field', async () => {
      const el = await withInline(
        JSON.stringify({ en: { faq: { evidence: { answer: ['See [this](javascript:alert(1)) now.'] } } } }),
      );
      el.expand('evidence');
      await el.updateComplete;
      const answer = shadow(el).querySelector('#a-evidence')!;
      expect(answer.querySelector('a')?.outerHTML, 'a link').to.equal(undefined);
      expect(answer.textContent).to.contain('See this');
      expect(errors).to.have.length(1);
      expect(errors[0])
        .to.contain('en.faq.evidence.answer[0] links to "javascript:alert(1')
        .and.contain('which is not http(s) or mailto; only its text is shown');
    });
  });

  describe('bad inline content: a clear error, and the built-in text', () => {
    const cases: [string, string, string][] = [
      ['invalid JSON', '{"en": {"card": ', 'not valid JSON'],
      ['not an object', '["en"]', 'should be an object of languages'],
      ['a wrong type', '{"en": {"card": {"title": 5}}}', 'en.card.title should be text, not 5'],
      [
        'a list of the wrong things',
        '{"en": {"card": {"context": [1, 2]}}}',
        'en.card.context should be a list of texts',
      ],
      ['an unknown field', '{"en": {"card": {"subtitle": "x"}}}', 'en.card."subtitle" is not a known field'],
      [
        'an unknown FAQ id',
        '{"en": {"faq": {"side-effects": {"question": "x"}}}}',
        'en.faq."side-effects" is not a known field',
      ],
      [
        'a source key',
        '{"en": {"faq": {"evidence": {"source": "S9"}}}}',
        'en.faq.evidence."source" is not a known field',
      ],
      ['a bad language tag', '{"english!": {"card": {"title": "x"}}}', '"english!" is not a language tag'],
      ['a bad dir', '{"en": {"dir": "up"}}', 'en.dir "up" is not one of ltr, rtl'],
      [
        'a bad review status',
        '{"en": {"review": {"status": "approved"}}}',
        'en.review.status "approved" is not one of unreviewed, reviewed',
      ],
      [
        'a guidance link that is not http(s)',
        '{"en": {"card": {"guidanceHref": "javascript:alert(1)"}}}',
        'en.card.guidanceHref',
      ],
      ['a __proto__ key', '{"en": {"__proto__": {"card": {"title": "x"}}}}', 'en."__proto__" is not a known field'],
    ];
    for (const [problem, json, message] of cases) {
      it(`${problem}`, async () => {
        const el = await withInline(json);
        expect(title(el)).to.equal(en.card.title);
        expect(visibleText(part(el, 'key-message-text'))).to.equal(en.card.keyMessage);
        expect((part(el, 'guidance-link') as HTMLAnchorElement).href).to.equal(en.card.guidanceHref);
        expect(questions(el)).to.have.length(10);
        expect(errors, 'one error').to.have.length(1);
        expect(errors[0])
          .to.match(/^<mms-guidance>: /)
          .and.contain(message);
      });
    }

    it('drops only the bad field: the good ones next to it still apply', async () => {
      const el = await withInline(JSON.stringify({ en: { card: { title: 'Kept', issued: 7 } } }));
      expect(title(el)).to.equal('Kept');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('en.card.issued should be text, not 7');
    });
  });

  describe('content-src', () => {
    let timeout = MmsGuidance.contentTimeout;
    beforeEach(() => (timeout = MmsGuidance.contentTimeout));
    afterEach(() => (MmsGuidance.contentTimeout = timeout));

    it('fetches content and lays it over the inline content, showing the built-in text meanwhile', async () => {
      const src = contentUrl({ en: { card: { title: 'Fetched title' } } }, { wait: 300 });
      const el = await withInline(
        JSON.stringify({ en: { card: { title: 'Inline title', guidanceLabel: 'Read it' } } }),
        {
          'content-src': src,
        },
      );
      expect(title(el), 'never blank while it loads').to.equal('Inline title');
      await loaded(el, errors, () => title(el) === 'Fetched title');
      expect(title(el)).to.equal('Fetched title');
      expect(visibleText(part(el, 'guidance-link')), 'inline fields the fetched content does not name').to.equal(
        'Read it',
      );
      expect(errors).to.deep.equal([]);
    });

    it('sends no cookies or credentials with the request', async () => {
      const seen: RequestInit[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => (seen.push(init ?? {}), realFetch(input, init));
      try {
        const el = await render(html`<mms-guidance content-src=${contentUrl({})}></mms-guidance>`);
        await loaded(el, errors, () => seen.length > 0);
      } finally {
        window.fetch = realFetch;
      }
      expect(seen[0]!.credentials).to.equal('omit');
    });

    const failures: [string, () => string, string][] = [
      ['a 404', () => contentUrl('Not found', { status: 404, type: 'text/plain' }), 'answered HTTP 404'],
      [
        'a timeout',
        () => ((MmsGuidance.contentTimeout = 200), contentUrl({}, { wait: 2000 })),
        'gave no answer within 0.2 s',
      ],
      ['the wrong content type', () => contentUrl({ en: {} }, { type: 'text/html' }), 'content type "text/html'],
      [
        'a body that is not JSON',
        () => contentUrl('<!doctype html><p>Oops', { type: 'application/json' }),
        'is not valid JSON',
      ],
      ['a URL that is not http(s)', () => 'data:application/json,{}', 'is not an http(s) URL'],
      [
        'a server that CORS blocks',
        () => {
          // Another origin for the same test server, which sends no Access-Control-Allow-Origin.
          const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
          return `${location.protocol}//${other}:${location.port}${contentUrl({ en: { card: { title: 'x' } } })}`;
        },
        'blocked by CORS',
      ],
      [
        'content of the wrong shape',
        () => contentUrl({ en: { card: { title: ['x'] } } }),
        'en.card.title should be text',
      ],
    ];
    for (const [problem, url, message] of failures) {
      it(`${problem}: an error naming it, and the built-in content stays`, async () => {
        const src = url();
        const el = await render(html`<mms-guidance content-src=${src}></mms-guidance>`);
        await loaded(el, errors, () => false);
        expect(errors, 'one error').to.have.length(1);
        expect(errors[0])
          .to.match(/^<mms-guidance>: content-src "/)
          .and.contain(message);
        expect(title(el)).to.equal(en.card.title);
        expect(questions(el)).to.have.length(10);
      });
    }

    it('uses the newest content-src when it changes while one is loading', async () => {
      const el = await render(
        html`<mms-guidance
          content-src=${contentUrl({ en: { card: { title: 'Slow, old' } } }, { wait: 600 })}
        ></mms-guidance>`,
      );
      el.contentSrc = contentUrl({ en: { card: { title: 'Newest' } } });
      await loaded(el, errors, () => title(el) === 'Newest');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(title(el)).to.equal('Newest');
    });

    // Issue 30: removals mid-flight. The docs: the built-in text stays until content arrives, and with no content-src.
    it('keeps the built-in content when content-src is removed while it loads, and when the answer then arrives', async () => {
      const el = await render(
        html`<mms-guidance
          content-src=${contentUrl({ en: { card: { title: 'Too late' } } }, { wait: 400 })}
        ></mms-guidance>`,
      );
      el.removeAttribute('content-src');
      await el.updateComplete;
      // Past the answer: a fetch that still landed would have rendered by now.
      await new Promise((resolve) => setTimeout(resolve, 800));
      await el.updateComplete;
      expect(title(el)).to.equal(en.card.title);
      expect(errors).to.deep.equal([]);
    });

    it('goes back to the built-in content when content-src is removed after it loaded', async () => {
      const el = await render(
        html`<mms-guidance content-src=${contentUrl({ en: { card: { title: 'Fetched' } } })}></mms-guidance>`,
      );
      await loaded(el, errors, () => title(el) === 'Fetched');
      expect(title(el)).to.equal('Fetched');
      el.removeAttribute('content-src');
      await settled(el);
      expect(title(el)).to.equal(en.card.title);
      expect(errors).to.deep.equal([]);
    });

    it('renders a content file with "$schema", as docs/partner-content.md tells partners to write, with no error', async () => {
      const file = { $schema: '/dist/content.schema.json', en: { card: { title: 'Partner title' } } };
      const el = await render(html`<mms-guidance content-src=${contentUrl(file)}></mms-guidance>`);
      await loaded(el, errors, () => title(el) === 'Partner title');
      expect(title(el)).to.equal('Partner title');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('the published JSON Schema', () => {
    type Schema = {
      properties?: Record<string, Schema>;
      $ref?: string;
      type?: string;
      enum?: string[];
      items?: Schema;
    };
    let schema: Schema & { $defs: Record<string, Schema>; patternProperties: Record<string, Schema> };
    before(async () => {
      schema = await (await fetch('/dist/content.schema.json')).json();
    });
    const resolve = (node: Schema): Schema => (node.$ref ? resolve(schema.$defs[node.$ref.split('/').pop()!]!) : node);

    /** Every field path the schema allows for one language, with its JSON type. */
    function schemaFields(node: Schema, path = ''): string[] {
      const resolved = resolve(node);
      if (resolved.properties) {
        return Object.entries(resolved.properties).flatMap(([key, child]) => schemaFields(child, `${path}.${key}`));
      }
      const type = resolved.type ?? (resolved.enum ? 'string' : '?');
      return [`${path}: ${type === 'array' ? `array of ${resolve(resolved.items!).type}` : type}`];
    }

    /** Every field path in the built-in English content, as a partner may write it. */
    function contentFields(value: unknown, path = ''): string[] {
      if (typeof value === 'string') return [`${path}: string`];
      if (Array.isArray(value)) return [`${path}: array of string`];
      return Object.entries(value as object)
        .filter(([key]) => key !== 'source' && key !== 'lang')
        .flatMap(([key, child]) => contentFields(child, `${path}.${key}`));
    }

    it('describes exactly the fields the widget accepts: every text field, and the language metadata', () => {
      const [language] = Object.values(schema.patternProperties);
      const fromSchema = schemaFields(language!).sort();
      const metadata = [
        '.translated: string',
        '.review.status: string',
        '.review.reviewer: string',
        '.review.date: string',
      ];
      expect(fromSchema).to.deep.equal([...contentFields(en), ...metadata].sort());
    });

    it('keys languages by BCP 47 tag and allows nothing else at the top but $schema', () => {
      const [pattern] = Object.keys(schema.patternProperties);
      const tag = new RegExp(pattern!);
      for (const good of ['fr', 'pt-MZ', 'fr-BF', 'mg']) expect(tag.test(good), good).to.equal(true);
      for (const bad of ['english!', 'f', 'fr_BF']) expect(tag.test(bad), bad).to.equal(false);
      expect((schema as { additionalProperties?: boolean }).additionalProperties).to.equal(false);
    });
  });
});
