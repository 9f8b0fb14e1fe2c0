import { bestMatch } from './language.js';
import { unsafeLinks } from './rich-text.js';
import { safeUrl, webProtocols } from '../internal/urls.js';
import { fail, messageOf, quote } from '../internal/warn.js';
import { en } from './en.js';
import type { Language } from './types.js';

type Json = Record<string, unknown>;
/** A partner's content: language tag → the fields it changes, already checked. */
export type PartnerContent = Record<string, Json>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a partner may write for one language: English has every text field;
 * the rest describe the language. `lang` is the key it sits under, and source
 * keys belong to the built-in content only.
 */
const allowed: Json = {
  ...en,
  lang: undefined,
  translated: '',
  review: { status: '', reviewer: '', date: '' },
};

/** Fields whose value is one of a few words. */
const choices: Record<string, readonly string[]> = { dir: ['ltr', 'rtl'], status: ['unreviewed', 'reviewed'] };

/**
 * The longest text a field may hold: an answer paragraph of the built-in
 * content is under 400 characters. A longer one is refused, field by field, so
 * a mistaken or hostile file cannot blank or stall the page.
 */
export const textLimit = 4000;

/** Room for every language a partner could mean to add, and lists far longer than any built-in one. */
export const languageLimit = 50;
export const listLimit = 20;
/** Problems reported per content load; the rest are counted on one line, so a broken or hostile file cannot flood the console. */
export const reportLimit = 20;

const languageTag = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;

/** Languages written right to left, so a partner's new Arabic or Pashto needs no `dir`. */
const rightToLeft = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)(-|$)/i;

/**
 * The usable part of a partner's value, checked against the field it fills:
 * a string for a string, a list of strings for a list, an object with known
 * fields for an object. Each problem is reported with the field's path, and
 * only that field is dropped.
 */
function usable(value: unknown, like: unknown, path: string, report: (problem: string) => void): unknown {
  const field = path.slice(path.lastIndexOf('.') + 1);
  if (typeof like === 'string') {
    if (typeof value === 'string') {
      if (value.length > textLimit)
        return report(`${path} has ${value.length} characters, over the ${textLimit} limit`);
      if (choices[field] && !choices[field].includes(value)) {
        return report(`${path} ${quote(value)} is not one of ${choices[field].join(', ')}`);
      }
      if (field === 'guidanceHref' && !safeUrl(value, webProtocols)) {
        return report(`${path} ${quote(value)} is not an http(s) URL`);
      }
      for (const url of unsafeLinks(value))
        report(`${path} links to ${quote(url)}, which is not http(s) or mailto; only its text is shown`);
      return value;
    }
  } else if (Array.isArray(like)) {
    if (Array.isArray(value) && value.length > listLimit) {
      return report(`${path} has ${value.length} items, over the ${listLimit} limit`);
    }
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      // Each paragraph on its own: an overlong one goes, the rest stay.
      return value.filter((item, index) => usable(item, '', `${path}[${index}]`, report) !== undefined);
    }
  } else if (isObject(value)) {
    const kept: Json = {};
    for (const [key, item] of Object.entries(value)) {
      // Own keys only, not `in`: a "__proto__" key must be refused, not followed.
      if (key === 'source' || !Object.keys(like as Json).includes(key) || (like as Json)[key] === undefined) {
        report(`${path}.${quote(key)} is not a known field`);
      } else {
        const checked = usable(item, (like as Json)[key], `${path}.${key}`, report);
        if (checked !== undefined) kept[key] = checked;
      }
    }
    return kept;
  }
  const expected = typeof like === 'string' ? 'text' : Array.isArray(like) ? 'a list of texts' : 'an object';
  return report(`${path} should be ${expected}, not ${JSON.stringify(value).slice(0, 80)}`);
}

/**
 * Checks partner content, as parsed from JSON, against the published schema
 * (dist/content.schema.json): an object of language tags, each holding any of
 * the fields of the built-in content. `from` names where it came from.
 */
export function checkPartnerContent(json: unknown, from: string, reportAll: (problem: string) => void): PartnerContent {
  let problems = 0;
  const report = (problem: string) => {
    if (++problems <= reportLimit) reportAll(problem);
  };
  const checked: PartnerContent = {};
  if (!isObject(json)) {
    report(
      `${from} should be an object of languages, like {"fr": {"card": {"title": "…"}}}; showing the built-in content`,
    );
    return checked;
  }
  const tags = Object.keys(json).filter((tag) => tag !== '$schema');
  if (tags.length > languageLimit) {
    report(`${from} has ${tags.length} languages, over the ${languageLimit} limit; using the first ${languageLimit}`);
  }
  for (const tag of tags.slice(0, languageLimit)) {
    const value = json[tag];
    if (!languageTag.test(tag)) report(`${from}: ${quote(tag)} is not a language tag such as "fr" or "pt-MZ"`);
    else {
      const language = usable(value, allowed, `${from} ${tag}`, report);
      if (language) checked[tag] = language as Json;
    }
  }
  if (problems > reportLimit)
    reportAll(`${from}: ${problems - reportLimit} more problems not shown; the first ${reportLimit} are above`);
  return checked;
}

/** `over`'s fields laid onto `base`, object by object; texts and lists are replaced whole. */
function merge<T>(base: T, over: unknown): T {
  if (!isObject(base) || !isObject(over)) return (over ?? base) as T;
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = merge(merged[key], value);
  return merged as T;
}

/**
 * The languages with a partner's content laid on top. Each field falls back to
 * the built-in text for that language (`pt-MZ` uses Portuguese), then to
 * English. A new language is unreviewed unless the partner says otherwise, and
 * right to left if its tag says so.
 */
export function withPartnerContent(languages: readonly Language[], partner: PartnerContent): Language[] {
  const result = [...languages];
  for (const [lang, fields] of Object.entries(partner)) {
    const exact = result.findIndex((language) => language.lang.toLowerCase() === lang.toLowerCase());
    const newLanguage: Language = { ...en, name: lang, dir: rightToLeft.test(lang) ? 'rtl' : 'ltr' };
    const base: Language = result[exact] ?? {
      ...(bestMatch(lang, result) ?? newLanguage),
      lang,
      review: { status: 'unreviewed' },
    };
    const merged = merge(base, fields);
    if (exact === -1) result.push(merged);
    else result[exact] = merged;
  }
  return result;
}

/** Inline content as written in `<script type="application/json">`: parsed and checked, problems reported. */
export function parsePartnerContent(text: string): PartnerContent {
  try {
    return checkPartnerContent(JSON.parse(text), 'inline content', fail);
  } catch (error) {
    fail(`inline content is not valid JSON (${messageOf(error)}); showing the built-in content.`);
    return {};
  }
}
