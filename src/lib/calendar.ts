/**
 * The 防骗日历 (/alerts/calendar/): twelve months, keyed 1–12 in content/calendar.yaml, and the
 * month the build date falls in, which the page marks. Plain logic, no content access.
 */
import { monthOf, type Day } from './alerts';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** Keys of content/calendar.yaml that are missing or are not a month (1–12), one line each. */
export function calendarProblems(ids: readonly string[]): string[] {
  return [
    ...MONTHS.filter((m) => !ids.includes(m)).map((m) => `month ${m} is missing (缺少${m}月)`),
    ...ids
      .filter((id) => !MONTHS.includes(id))
      .map((id) => `"${id}" is not a month 1–12 (不是月份)`),
  ];
}

/** The months in calendar order, each with its entry; the one `today` falls in is current. */
export function calendarMonths<T extends { id: string }>(
  entries: readonly T[],
  today: Day,
): { month: number; current: boolean; entry: T }[] {
  const current = monthOf(today);
  return MONTHS.flatMap((m) => {
    const entry = entries.find((e) => e.id === m);
    return entry ? [{ month: Number(m), current: Number(m) === current, entry }] : [];
  });
}
