// The dissemination kit (dist/kit/, build/kit.mjs) as a partner gets it, checked
// with Debian's own tools: poppler-utils reads the PDFs (pdfinfo, pdffonts,
// pdftotext, pdftoppm) and zbar-tools decodes their QR codes (zbarimg). Every
// expected text is read from the content as built (dist/npm/content), which
// scripts/check-dist.mjs has checked against src/; that script also checks
// dist/kit/manifest.json, what each PDF and PNG was made from, against a fresh build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { languages } from '../../build/languages.mjs';

const kit = 'dist/kit';
const { plainText } = await import('../../dist/npm/content/markup.js');
const { hmhbAnnouncement } = await import('../../dist/npm/content/sources.js');
const load = async (lang) => (await import(`../../dist/npm/content/${lang}.js`))[lang];
const manifest = JSON.parse(readFileSync(join(kit, 'manifest.json'), 'utf8'));
const rendered = JSON.parse(readFileSync(join(kit, 'rendered.json'), 'utf8'));

const tool = (name, ...args) => execFileSync(name, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Text as compared. pdftotext wraps right-to-left runs in bidi controls, ends
 * lines where the page wrapped them, and joins a word hyphenated at a line's
 * end without its hyphen; so controls and hyphens go, whitespace becomes one
 * space, and spaces beside punctuation go, on both sides of the comparison. In
 * right-to-left text it also moves the spaces and weak punctuation (":", "،", "·")
 * around left-to-right runs (MMS, 2025) to where they fall on the line, so
 * there punctuation and the spaces between scripts go too, and the vowel marks
 * (kasra in "قرینِ"), which it puts before the letter they sit on: the letters
 * of the words, in order, remain.
 */
const normal = (text, rtl = false) => {
  const plain = text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/-/g, '')
    .replace(/ ?([،۔:,.()]) ?/g, '$1')
    .trim();
  if (!rtl) return plain;
  return plain
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[،۔:,.()·]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?<=\p{Script=Arabic}) (?=[\p{Script=Latin}\d])|(?<=[\p{Script=Latin}\d]) (?=\p{Script=Arabic})/gu, '')
    .trim();
};

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (file) => {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

const papers = [
  { file: 'handout-a4.pdf', width: 595, height: 842, name: 'A4' },
  { file: 'handout-letter.pdf', width: 612, height: 792, name: 'Letter' },
];
const cards = [
  { name: 'card-1200x630', width: 1200, height: 630 },
  { name: 'card-1080x1080', width: 1080, height: 1080 },
];

for (const lang of languages) {
  const content = await load(lang);
  const keyMessage = plainText(content.card.keyMessage);
  const dir = join(kit, lang);

  describe(`kit, ${lang}`, () => {
    test('holds the two handouts, the two cards with their alt text, and the posts, for this content version', () => {
      const names = [
        ...papers.map(({ file }) => file),
        ...cards.flatMap(({ name }) => [`${name}.png`, `${name}.alt.txt`]),
        'posts.json',
        'posts.md',
      ];
      for (const name of names) assert.ok(existsSync(join(dir, name)), `${lang}/${name}`);
      assert.equal(manifest.contentVersions[lang], content.version);
    });

    for (const paper of papers) {
      const pdf = join(dir, paper.file);
      test(`${paper.file}: one ${paper.name} page, fonts embedded, tagged, the texts word for word`, () => {
        const info = tool('pdfinfo', pdf);
        assert.match(info, /^Pages:\s+1$/m);
        assert.match(info, /^Tagged:\s+yes$/m);
        const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
        assert.ok(Math.abs(width - paper.width) < 1 && Math.abs(height - paper.height) < 1, `${width} x ${height} pt`);

        const fonts = tool('pdffonts', pdf)
          .split('\n')
          .slice(2)
          .filter(Boolean)
          .map((line) => ({
            name: line.split(/\s+/)[0],
            embedded: /\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line),
          }));
        assert.ok(fonts.length > 0, 'fonts listed');
        for (const font of fonts) assert.ok(font.embedded, `${font.name} embedded`);
        assert.ok(
          fonts.some(({ name }) => name.endsWith('+NotoSans-Regular')),
          'Noto Sans',
        );
        if (lang === 'ur')
          assert.ok(
            fonts.some(({ name }) => name.endsWith('+NotoNaskhArabic-Bold')),
            'Noto Naskh Arabic',
          );

        const rtl = content.dir === 'rtl';
        const text = normal(tool('pdftotext', pdf, '-'), rtl);
        const status = content.review ? content.ui.unreviewed : content.ui.original;
        const expected = {
          title: content.card.title,
          issuer: content.card.issuer,
          date: content.card.issued,
          'key message': keyMessage,
          'plain words': plainText(content.card.plainWords),
          ...Object.fromEntries(
            content.card.context.map((paragraph, index) => [`context ${index + 1}`, plainText(paragraph)]),
          ),
          'information, not personal medical advice': plainText(content.referral.text),
          source: content.ui.emlName,
          'content version': `${content.ui.versionLabel} ${content.version}`,
          'review status': status,
          link: content.card.guidanceHref,
        };
        for (const [what, words] of Object.entries(expected))
          assert.ok(text.includes(normal(words, rtl)), `${what}: ${words}`);
      });

      test(`${paper.file}: its QR code, read from the page as printed at 150 dpi, opens the announcement`, () => {
        const scratch = mkdtempSync(join(tmpdir(), 'mms-kit-test-'));
        let decoded;
        try {
          tool('pdftoppm', '-r', '150', '-gray', '-png', '-singlefile', pdf, join(scratch, 'page'));
          decoded = tool('zbarimg', '--raw', '-q', join(scratch, 'page.png')).trim();
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
        assert.equal(decoded, hmhbAnnouncement);
        assert.equal(decoded, content.card.guidanceHref);
      });
    }

    for (const card of cards) {
      test(`${card.name}.png: ${card.width} x ${card.height}, the content's key message drawn, and said by its alt text`, () => {
        assert.deepEqual(pngSize(join(dir, `${card.name}.png`)), { width: card.width, height: card.height });
        const drawn = rendered[`${lang}/${card.name}.png`];
        assert.equal(drawn.keyMessage.join(' '), keyMessage, 'the lines drawn make the key message');
        assert.equal(drawn.label, content.ui.keyMessageLabel);
        assert.ok(drawn.keySize >= 36, `the key message drawn at ${drawn.keySize} px, legible on a phone`);
        const alt = readFileSync(join(dir, `${card.name}.alt.txt`), 'utf8');
        // Labels end with the language's own colon, as its "Issued by:" does (French: narrow no-break space first).
        const colon = content.ui.issuedBy.match(/\s*:$/)[0];
        assert.ok(
          alt.includes(`${content.ui.keyMessageLabel}${colon} ${keyMessage}`),
          'alt text holds the key message',
        );
        assert.ok(alt.includes(content.card.title), 'alt text holds the title');
        if (content.review)
          assert.ok(alt.includes(content.ui.unreviewed), 'alt text says the translation is unreviewed');
      });
    }

    test('posts: X within 280 counting the link as 23, each faithful, sourced, linked, with no hashtags', () => {
      const posts = JSON.parse(readFileSync(join(dir, 'posts.json'), 'utf8'));
      const link = content.card.guidanceHref;
      const x = posts.x.text;
      // X counts a link as 23 and most scripts' characters, Urdu's among them, as 1: assert that they are.
      const rest = [...x.replaceAll(link, '')];
      for (const char of rest) {
        const code = char.codePointAt(0);
        assert.ok(code <= 4351 || (code >= 8192 && code <= 8247), `U+${code.toString(16)} counts as one`);
      }
      const length = rest.length + 23 * x.split(link).slice(1).length;
      assert.ok(length <= 280, `X post: ${length}`);
      assert.equal(posts.x.length, length);
      assert.ok(x.includes(link), 'X post links');
      const says = { keyMessage, plainWords: plainText(content.card.plainWords), title: content.card.title }[
        posts.x.says
      ];
      assert.ok(says && x.startsWith(says), `X post opens with the ${posts.x.says} word for word`);
      if (lang === 'en') assert.equal(posts.x.says, 'keyMessage');
      // A post travels alone: it says whose guidance it is, where it was published, and if a translation is unreviewed.
      assert.ok(x.includes('MMS TAG'), 'X post names the MMS TAG');
      assert.ok(x.includes(`HMHB (${content.card.issued})`), 'X post gives its source');
      if (content.review) assert.ok(x.includes(content.ui.unreviewed), 'X post says the translation is unreviewed');
      assert.ok(posts.whatsapp.text.includes(plainText(content.card.plainWords)), 'WhatsApp post has the plain words');
      assert.ok(
        !posts.facebookLinkedIn.text.includes(content.ui.emlName),
        'no source that backs none of its sentences',
      );
      for (const post of [posts.facebookLinkedIn.text, posts.whatsapp.text]) {
        assert.ok(post.includes(keyMessage), 'key message word for word');
        assert.ok(post.includes(plainText(content.referral.text)), 'information, not personal medical advice');
        assert.ok(post.includes(link), 'link');
        assert.ok(post.includes(`HMHB (${content.card.issued})`), 'source');
        if (content.review) assert.ok(post.includes(content.ui.unreviewed), 'review status');
      }
      for (const post of [x, posts.facebookLinkedIn.text, posts.whatsapp.text]) {
        assert.doesNotMatch(post, /#[\p{L}\p{N}]/u, 'no hashtag');
      }
      const markdown = readFileSync(join(dir, 'posts.md'), 'utf8');
      for (const post of [x, posts.facebookLinkedIn.text, posts.whatsapp.text]) assert.ok(markdown.includes(post));
    });
  });
}

test('the kit page previews and links every file in every language', () => {
  const page = readFileSync(join(kit, 'index.html'), 'utf8');
  const files = Object.keys(manifest.files).filter((name) => name !== 'index.html');
  for (const name of files) assert.ok(page.includes(`href="${name}"`), `a link to ${name}`);
  for (const lang of languages) {
    for (const card of cards)
      assert.ok(page.includes(`<img src="${lang}/${card.name}.png"`), `${lang} ${card.name} shown`);
    for (const paper of papers)
      assert.ok(page.includes(`<object data="${lang}/${paper.file}"`), `${lang} ${paper.file} shown`);
  }
});
