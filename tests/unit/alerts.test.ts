import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  alertState,
  byWindowStart,
  DEFAULT_DAYS,
  monthOf,
  timingProblem,
} from '../../src/lib/alerts';
import { calendarMonths, calendarProblems } from '../../src/lib/calendar';

describe('day arithmetic', () => {
  it('moves days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('moves years, 29 February becoming 28 February in a common year', () => {
    expect(addYears('2026-10-01', 1)).toBe('2027-10-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
  it('gives the month of a day', () => {
    expect(monthOf('2026-12-03')).toBe(12);
    expect(monthOf('2027-01-31')).toBe(1);
  });
});

describe('a one-off alert', () => {
  const alert = { date: '2026-11-20', expires: '2026-12-10' };
  it('is upcoming before its first day, current from its first to its last day, expired after', () => {
    expect(alertState(alert, '2026-11-19').status).toBe('upcoming');
    expect(alertState(alert, '2026-11-20').status).toBe('current');
    expect(alertState(alert, '2026-12-10').status).toBe('current');
    expect(alertState(alert, '2026-12-11')).toEqual({
      status: 'expired',
      window: { start: '2026-11-20', end: '2026-12-10' },
    });
  });
  it(`without an expiry, is shown for ${DEFAULT_DAYS} days`, () => {
    const plain = { date: '2026-12-01' };
    expect(alertState(plain, addDays('2026-12-01', DEFAULT_DAYS - 1)).status).toBe('current');
    expect(alertState(plain, addDays('2026-12-01', DEFAULT_DAYS)).status).toBe('expired');
  });
  it('does not come back the next year in its season', () => {
    expect(alertState(alert, '2027-11-25')).toEqual({
      status: 'expired',
      window: { start: '2026-11-20', end: '2026-12-10' },
    });
  });
});

describe('a yearly alert (a seasonal reminder)', () => {
  const exams = { date: '2026-06-07', expires: '2026-08-31', repeat: 'yearly' as const };
  const newYear = { date: '2025-12-10', expires: '2026-02-20', repeat: 'yearly' as const };

  it('comes back every year in its window, showing this year’s dates', () => {
    expect(alertState(exams, '2026-07-01')).toEqual({
      status: 'current',
      window: { start: '2026-06-07', end: '2026-08-31' },
    });
    expect(alertState(exams, '2027-06-07')).toEqual({
      status: 'current',
      window: { start: '2027-06-07', end: '2027-08-31' },
    });
    expect(alertState(exams, '2031-08-31').status).toBe('current');
  });
  it('out of season is expired, with the last window that ended', () => {
    expect(alertState(exams, '2027-03-01')).toEqual({
      status: 'expired',
      window: { start: '2026-06-07', end: '2026-08-31' },
    });
    expect(alertState(exams, '2027-12-01').window.start).toBe('2027-06-07');
  });
  it('a window across the new year is current on both sides of it', () => {
    expect(alertState(newYear, '2026-12-31').window).toEqual({
      start: '2026-12-10',
      end: '2027-02-20',
    });
    expect(alertState(newYear, '2027-01-15')).toEqual({
      status: 'current',
      window: { start: '2026-12-10', end: '2027-02-20' },
    });
    expect(alertState(newYear, '2027-02-21').status).toBe('expired');
  });
  it('is not published before its first window', () => {
    expect(alertState(exams, '2026-06-06').status).toBe('upcoming');
  });
});

describe('timing the build refuses', () => {
  it('an expiry before the first day', () => {
    expect(timingProblem({ date: '2026-12-10', expires: '2026-12-01' })).toMatch(/expires/);
  });
  it('a yearly window of a whole year or more (it would never end)', () => {
    const repeat = 'yearly' as const;
    expect(timingProblem({ date: '2026-01-01', expires: '2026-12-31', repeat })).toBeUndefined();
    expect(timingProblem({ date: '2026-01-01', expires: '2027-01-01', repeat })).toMatch(/一年/);
  });
  it('nothing in a sound alert', () => {
    expect(timingProblem({ date: '2026-12-01' })).toBeUndefined();
  });
  it('nothing in a one-day alert, or a one-off alert longer than a year', () => {
    expect(timingProblem({ date: '2026-12-01', expires: '2026-12-01' })).toBeUndefined();
    expect(timingProblem({ date: '2026-01-01', expires: '2027-06-30' })).toBeUndefined();
  });
});

it('alerts are listed newest first, by the start of their window, then by name', () => {
  const w = (start: string) => ({ start, end: start });
  const sorted = byWindowStart([
    { id: 'b', window: w('2026-10-01') },
    { id: 'c', window: w('2026-11-01') },
    { id: 'a', window: w('2026-10-01') },
  ]);
  expect(sorted.map((a) => a.id)).toEqual(['c', 'a', 'b']);
});

describe('the 防骗日历', () => {
  const months = Array.from({ length: 12 }, (_, i) => ({ id: String(i + 1) }));

  it('marks the month the build date falls in, and only that one', () => {
    for (const [day, month] of [
      ['2026-12-03', 12],
      ['2027-01-01', 1],
      ['2027-06-30', 6],
      ['2028-02-29', 2],
    ] as const) {
      const marked = calendarMonths(months, day).filter((m) => m.current);
      expect(
        marked.map((m) => m.month),
        day,
      ).toEqual([month]);
    }
  });
  it('lists the months January to December whatever the file’s order', () => {
    const shuffled = [...months].reverse();
    expect(calendarMonths(shuffled, '2026-12-03').map((m) => m.month)).toEqual(
      months.map((m) => Number(m.id)),
    );
  });
  it('gives each month its own entry, and leaves out a month the file does not have', () => {
    const some = [{ id: '3' }, { id: '1' }, { id: '12' }];
    expect(calendarMonths(some, '2026-03-15')).toEqual([
      { month: 1, current: false, entry: { id: '1' } },
      { month: 3, current: true, entry: { id: '3' } },
      { month: 12, current: false, entry: { id: '12' } },
    ]);
  });
  it('names a missing month and a key that is not a month', () => {
    const ids = [...months.map((m) => m.id).filter((id) => id !== '7'), '13'];
    expect(calendarProblems(ids)).toEqual([
      'month 7 is missing (缺少7月)',
      '"13" is not a month 1–12 (不是月份)',
    ]);
    expect(calendarProblems(months.map((m) => m.id))).toEqual([]);
  });
});
