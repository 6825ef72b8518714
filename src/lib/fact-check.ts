/**
 * Checks that a page's text quotes only the hotlines and law articles that FACTS.md supports.
 * A wrong number on an anti-fraud site sends a frightened reader to the wrong place, so the
 * tests run this over every built page.
 */
import { KNOWN_LAW_ARTICLES } from './facts';

/** Numbers a page may show as phone numbers (FACTS.md). */
const ALLOWED_NUMBERS = ['110', '96110', '0451-96110', '12381'] as const;

/** Units after a number that make it an amount, age, date or count, not a phone number. */
export const UNIT = /^[元万亿岁年月日号%％个人天次条分秒时期届名位张岁斤件步秒]/;

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
  for (const m of text.matchAll(
    /第[一二三四五六七八九十百零〇\d]+条(?:之[一二三四五六七八九十]+)?/g,
  )) {
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

/**
 * Claims an expert review found wrong, which must not come back in any wording we have used.
 * Each could make a frightened reader hang up on the real police or trust a scammer.
 */
const WRONG_CLAIMS = [
  {
    id: 'fake-96110-prefix',
    // "号码前后多出别的数字的96110是假的", "前面或后面多了数字…假冒": the genuine call shows as 0451-96110.
    pattern:
      /前(?:后|面或后面|面或者后面|面|头)[^。；\n]{0,8}(?:多出|多了|加了|带|有)[^。；\n]{0,6}数字[^。；\n]{0,16}(?:假|冒)/,
    why: '96110 前面带区号（0451-96110）是真号码；只有 96110 后面多出数字、或前面加“+”“00”才是假冒（FACTS.md）',
  },
  {
    id: 'no-warrants-online',
    // "公检法从不在网上发通缉令": they publish wanted notices; they never send one *to you*.
    pattern:
      /(?:不会|从不|从来不|不)[^。；\n，]{0,4}在网上(?:发|发布)[^。；\n]{0,8}(?:通缉令|逮捕令|文书)/,
    why: '公检法会公开发布通缉令；错的是“发到你手机上”：他们不会通过电话、网络给你发逮捕令、通缉令（FACTS.md）',
  },
  {
    id: 'video-call-proof',
    // "视频确认过了，是本人" as advice: AI can swap faces and voices.
    pattern: /(?:视频(?:通话|聊天)?|打个视频)(?:确认|核实|验证)(?:一下)?(?:身份|是不是本人|是本人)/,
    why: '视频通话不能证明对方是谁（AI换脸拟声）；要用早就知道的号码回拨或当面核实（FACTS.md）',
  },
] as const;

/** The ids of the wrong claims found in `text`, with the sentence that holds each. */
export function wrongClaims(text: string): { id: string; sentence: string }[] {
  const found: { id: string; sentence: string }[] = [];
  for (const claim of WRONG_CLAIMS) {
    const m = claim.pattern.exec(text);
    if (m) {
      const start = Math.max(text.lastIndexOf('。', m.index) + 1, m.index - 40);
      found.push({ id: claim.id, sentence: text.slice(start, m.index + m[0].length + 10).trim() });
    }
  }
  return found;
}
