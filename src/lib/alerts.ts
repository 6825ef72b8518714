/**
 * When an alert (近期提醒, content/alerts/) is shown: plain day arithmetic, no content access.
 *
 * An alert is shown from `date` to `expires` (both included; DEFAULT_DAYS after `date` when no
 * expiry is given). With `repeat: yearly` the same window comes back every year, so a seasonal
 * reminder written once (开学季, 双十一…) is current again each year in its season. Days are
 * written YYYY-MM-DD and compared as text; the build date is a day in Beijing time
 * (src/settings.ts), so a build anywhere agrees.
 */

/** A calendar day, YYYY-MM-DD. */
export type Day = string;

/** How long an alert without `expires` is shown, counting its first day. */
export const DEFAULT_DAYS = 30;

export interface AlertTiming {
  /** First day shown (the first year's, for a yearly alert). */
  date: Day;
  /** Last day shown; DEFAULT_DAYS after `date` when missing. */
  expires?: Day | undefined;
  /** `yearly`: the window comes back every year. */
  repeat?: 'yearly' | undefined;
}

/** The days an alert is shown, first and last included. */
export interface Window {
  start: Day;
  end: Day;
}

/**
 * Where an alert stands on a given day:
 * - current: shown on the home page, its guides, /alerts/ and the feed, in `window`;
 * - expired: in the archive of /alerts/ only; `window` is the last one that ended;
 * - upcoming: its first window has not begun, so it is not published yet.
 */
export type AlertState =
  | { status: 'current'; window: Window }
  | { status: 'expired'; window: Window }
  | { status: 'upcoming'; window: Window };

const toDate = (day: Day) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date): Day => date.toISOString().slice(0, 10);

/** `day` moved by `n` days. */
export function addDays(day: Day, n: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return toDay(date);
}

/** `day` moved by `n` years; 29 February becomes 28 February in a year without it. */
export function addYears(day: Day, n: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + n, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return toDay(date);
}

/** The month (1–12) of a day. */
export const monthOf = (day: Day): number => Number(day.slice(5, 7));

/** The first window: `date` to `expires`, or DEFAULT_DAYS long. */
function firstWindow(timing: AlertTiming): Window {
  return { start: timing.date, end: timing.expires ?? addDays(timing.date, DEFAULT_DAYS - 1) };
}

/** Why the timing cannot work (to name in the build error), or undefined when it can. */
export function timingProblem(timing: AlertTiming): string | undefined {
  const { start, end } = firstWindow(timing);
  if (end < start) return `expires (${end}) 早于 date (${start})：过期日不能早于开始日`;
  if (timing.repeat === 'yearly' && end >= addYears(start, 1)) {
    return `repeat: yearly 的提醒，从 date 到 expires 不能满一年（${start} 至 ${end}）`;
  }
  return undefined;
}

/** The window of year `k` after the first (k = 0: the first). */
const windowOf = (first: Window, k: number): Window => ({
  start: addYears(first.start, k),
  end: addYears(first.end, k),
});

/** Where an alert stands on `today` (see AlertState). */
export function alertState(timing: AlertTiming, today: Day): AlertState {
  const first = firstWindow(timing);
  if (today < first.start) return { status: 'upcoming', window: first };
  if (timing.repeat !== 'yearly') {
    return { status: today <= first.end ? 'current' : 'expired', window: first };
  }
  // The latest window that has begun: this year's, or last year's if this year's is still ahead.
  let k = Number(today.slice(0, 4)) - Number(first.start.slice(0, 4));
  if (windowOf(first, k).start > today) k -= 1;
  const window = windowOf(first, k);
  return { status: today <= window.end ? 'current' : 'expired', window };
}

/** Alerts newest first: by the start of their window, then by id so builds agree. */
export function byWindowStart<T extends { id: string; window: Window }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.window.start.localeCompare(a.window.start) || a.id.localeCompare(b.id),
  );
}
