/**
 * Checks that a page's text quotes only the hotlines and law articles that FACTS.md supports.
 * A wrong number on an anti-fraud site sends a frightened reader to the wrong place, so the
 * tests run this over every built page.
 */
import { KNOWN_LAW_ARTICLES } from './facts';

/** Numbers a page may show as phone numbers (FACTS.md). */
export const ALLOWED_NUMBERS = ['110', '96110', '0451-96110', '12381'] as const;

/** Units after a number that make it an amount, age, date or count, not a phone number. */
const UNIT = /^[元万亿岁年月日号%％个人天次条分秒时期届名位张岁斤件步秒]/;

/**
 * Phone-like numbers in `text`: an area code with a dash (0451-96110), or a bare 3–5 digit
 * number starting with 1 or 9 (the shape of Chinese short hotlines: 110, 120, 96110, 12381,
 * 95xxx bank lines), unless a unit follows it.
 */
export function findPhoneNumbers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\d.,-])(0\d{2,3}-\d{3,8}|\d{3,5})(?![\d.,-])/g)) {
    const number = m[1]!;
    const after = text.slice(m.index + m[0].length).trimStart();
    if (number.includes('-') || (/^[19]/.test(number) && !UNIT.test(after))) found.push(number);
  }
  return found;
}

/** Phone-like numbers that are not in ALLOWED_NUMBERS. */
export function wrongNumbers(text: string): string[] {
  return findPhoneNumbers(text).filter((n) => !(ALLOWED_NUMBERS as readonly string[]).includes(n));
}

/**
 * Law articles cited in `text` (第三十一条, 第二百八十七条之二…). A "第…条" counts as a citation
 * when a law is named just before it (…法, 《…》, 条例) or 规定 follows; "第一条红旗" is not one.
 */
export function findArticles(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/第[一二三四五六七八九十百零〇\d]+条(?:之[一二三四五六七八九十]+)?/g)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (/法|》|条例/.test(before) || /^\s*(?:规定|的规定)/.test(after)) found.push(m[0]);
  }
  return found;
}

/** Cited articles that FACTS.md does not support. */
export function unsupportedArticles(text: string): string[] {
  const known = new Set<string>(KNOWN_LAW_ARTICLES.map((a) => a.article));
  return findArticles(text).filter((a) => !known.has(a));
}
