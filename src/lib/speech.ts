/**
 * What read-aloud says for a block of text: the page text, with the hotlines read the way
 * numbers are said on the phone in Chinese (110 → 幺幺零, 96110 → 九六幺幺零), not as amounts
 * ("一百一十"). Only the speech changes; the page text stays as it is.
 */

import { UNIT } from './fact-check';

const DIGITS = ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Numbers read digit by digit: the site's hotlines and Harbin's 96110 with its area code. */
const PHONE = /(^|[^\d.,-])(0451-96110|96110|12381|110)(?=$|[^\d.,])/g;

/** Digits as said on the phone: 1 is 幺, the area code pauses before the number. */
export function phoneDigits(number: string): string {
  return number
    .split('-')
    .map((part) => Array.from(part, (d) => DIGITS[Number(d)] ?? d).join(''))
    .join('，');
}

/** The text to speak for `text`: spaces collapsed, hotlines as phone digits. */
export function speechText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PHONE, (match: string, before: string, number: string, offset: number, all: string) =>
      // "110元", "第110天": an amount or a count, not a phone number.
      UNIT.test(all.slice(offset + match.length).trimStart()) ? match : `${before}${phoneDigits(number)}`,
    );
}
