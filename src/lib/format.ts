/** Formatting for readers: dates as 2026年11月29日, money as 3.8万元 / 6,000元. */

/** A date in the Chinese long form, in Beijing time so builds anywhere agree. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}

/** ISO date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Money in 元 the way Chinese news and police notices write it: below 10,000 as digits
 * with separators (6,000元), from 10,000 in 万 with at most two decimals (3.8万元).
 */
export function formatYuan(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`bad amount: ${amount}`);
  if (amount < 10_000) return `${amount.toLocaleString('en-US')}元`;
  const wan = Math.round((amount / 10_000) * 100) / 100;
  return `${wan.toLocaleString('en-US', { maximumFractionDigits: 2 })}万元`;
}

/** A position in a recording as m:ss (0:05, 1:04, 12:00), rounded down to the second. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * Data for a `<script type="application/json">` element: JSON with every "<" escaped, so nothing
 * in it (a closing script tag in a phrase or title) can end the element early. Never run.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
