import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { fr } from '../src/content/fr.js';
import { ur } from '../src/content/ur.js';
import { unitsOf } from '../scripts/translations/units.mjs';
import { fromXliff, toXliff } from '../scripts/translations/xliff.mjs';

/**
 * The XLIFF that `npm run translations -- export` writes, read by the browser's
 * own XML parser, as a CAT tool reads it: well-formed, in the XLIFF 1.2
 * namespace, one unit per string with the English, the translation and the
 * notes, every character (quotes, no-break spaces, Urdu) as it is in the content.
 * The round trip through gettext is in tests/node/translation-files.test.mjs.
 */
const xliffNs = 'urn:oasis:names:tc:xliff:document:1.2';

for (const language of [fr, ur]) {
  describe(`translation files: ${language.lang}.xlf`, () => {
    const units = unitsOf(en, language, language.lang);
    const text = toXliff({ lang: language.lang, version: en.version, units });
    const doc = new DOMParser().parseFromString(text, 'application/xml');

    it('is well-formed XLIFF 1.2 for English to this language, with the content version', () => {
      expect(doc.getElementsByTagName('parsererror').length, 'parser errors').to.equal(0);
      expect(doc.documentElement.namespaceURI).to.equal(xliffNs);
      expect(doc.documentElement.getAttribute('version')).to.equal('1.2');
      const file = doc.getElementsByTagNameNS(xliffNs, 'file')[0]!;
      expect(file.getAttribute('source-language')).to.equal('en');
      expect(file.getAttribute('target-language')).to.equal(language.lang);
      expect(file.getAttribute('product-version')).to.equal(en.version);
    });

    it('holds every string once, by id, with the English, the translation and the source key, character for character', () => {
      const parsed = [...doc.getElementsByTagNameNS(xliffNs, 'trans-unit')].map((unit) => ({
        id: unit.getAttribute('id'),
        source: unit.getElementsByTagNameNS(xliffNs, 'source')[0]!.textContent,
        target: unit.getElementsByTagNameNS(xliffNs, 'target')[0]!.textContent,
        key: unit.querySelector('note[from="source-key"]')?.textContent,
      }));
      expect(parsed.map((unit) => unit.id)).to.deep.equal(units.map((unit) => unit.id));
      expect(parsed).to.deep.equal(
        units.map((unit) => ({ id: unit.id, source: unit.source, target: unit.target, key: unit.sourceKey })),
      );
      const evidence = parsed.find((unit) => unit.id === 'faq.evidence.answer[2]')!;
      expect(evidence.target).to.equal(language.faq.evidence.answer[2]);
    });

    it("the import's reader gets back what the browser's parser reads", () => {
      const read = fromXliff(text);
      expect(read.lang).to.equal(language.lang);
      expect(read.version).to.equal(en.version);
      expect([...read.targets.entries()]).to.deep.equal(units.map((unit) => [unit.id, unit.target]));
    });
  });
}
