import type { Language } from '../src/content/types.js';
/** The kit's texts in one language, plain (kit-pages.mjs). */
export interface KitTexts {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  issuedBy: string;
  issuer: string;
  issuedOn: string;
  issued: string;
  keyMessageLabel: string;
  keyMessage: string;
  plainWordsLabel: string;
  plainWords: string;
  context: string[];
  referral: string;
  guidanceLabel: string;
  announcement: string;
  sources: string;
  source: string;
  version: string;
  contentVersion: string;
  status: string;
  reviewed: boolean;
}
export const kitDefaults: { accent: string };
export function kitTexts(
  language: Language,
  format: {
    plainText: (text: string) => string;
    reviewStatus: (language: Language) => string;
    listIn: (lang: string, items: readonly unknown[]) => unknown[];
  },
): KitTexts;
export function qrSvg(url: string, label: string): string;
export const papers: Record<'a4' | 'letter', { size: string; width: number; height: number }>;
export function handoutHtml(
  texts: KitTexts,
  options?: { paper?: 'a4' | 'letter'; url?: string; accent?: string; fontFaces?: string },
): string;
export const xLinkLength: number;
export const xLimit: number;
export function xLength(text: string, links?: string[]): number;
export function postsOf(texts: KitTexts, url?: string): unknown;
export function cardAlt(texts: KitTexts): string;
