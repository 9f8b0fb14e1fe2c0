/**
 * Lists and dates written the way the content's language writes them, by the
 * platform (Intl), so no language carries its own rules; the one exception,
 * for speed, is the two-item join of the built-in languages (pairJoins). A tag
 * Intl refuses (a partner's made-up one) gets English conventions rather than an error.
 */
const localeOf = (lang: string): string => {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
};

/**
 * What Intl.ListFormat puts between two items in each built-in language, as
 * the platform gives it. The first Intl formatter on a page loads the locale
 * data: 140–280 ms of the first render at 4x CPU throttling in Chromium
 * (bench/PROFILE.md), for the two sources of the provenance line.
 * tests/languages.test.ts checks each against Intl in every browser; any
 * other language asks Intl.
 */
export const pairJoins = new Map([
  ['en', ' and '],
  ['fr', ' et '],
  ['es', ' y '],
  ['pt', ' e '],
  ['ur', ' اور '],
]);

/** "A and B", "A et B", "A اور B": the items (text or templates) joined as the language joins a list ("and" is Intl's default). */
export const listIn = (lang: string, items: readonly unknown[]): unknown[] => {
  const join = items.length === 2 ? pairJoins.get(lang) : undefined;
  return join
    ? [items[0], join, items[1]]
    : new Intl.ListFormat(localeOf(lang))
        .formatToParts(items.map((_, index) => `${index}`))
        .map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value));
};

/** A YYYY-MM-DD date as the language writes it ("1 décembre 2026"); anything else is shown as given. */
export const dateIn = (lang: string, iso: string): string => {
  const date = new Date(iso);
  return /^\d{4}-\d\d-\d\d$/.test(iso) && !isNaN(date.getTime())
    ? new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date)
    : iso;
};
