import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatYuan, isoDate, scriptJson } from '../../src/lib/format';

describe('formatYuan', () => {
  it('writes amounts under 10,000 in digits with separators', () => {
    expect(formatYuan(0)).toBe('0元');
    expect(formatYuan(500)).toBe('500元');
    expect(formatYuan(6000)).toBe('6,000元');
  });
  it('writes 10,000 and more in 万, with at most two decimals', () => {
    expect(formatYuan(10_000)).toBe('1万元');
    expect(formatYuan(38_000)).toBe('3.8万元');
    expect(formatYuan(123_456)).toBe('12.35万元');
    expect(formatYuan(1_200_000)).toBe('120万元');
  });
  it('refuses negative or non-finite amounts', () => {
    expect(() => formatYuan(-1)).toThrow(RangeError);
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
    expect(() => formatYuan(-1)).toThrow('bad amount: -1');
  });
});

describe('dates', () => {
  it('formats in Beijing time whatever the build machine’s zone', () => {
    const lateUtc = new Date('2026-11-28T20:00:00Z'); // already 29 Nov in Harbin
    expect(formatDate(lateUtc)).toBe('2026年11月29日');
    expect(isoDate(new Date('2026-11-29'))).toBe('2026-11-29');
  });
});

describe('formatClock', () => {
  it('writes m:ss, rounding down', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(5.9)).toBe('0:05');
    expect(formatClock(64.125)).toBe('1:04');
    expect(formatClock(720)).toBe('12:00');
    expect(formatClock(-3)).toBe('0:00');
  });
});

describe('scriptJson', () => {
  it('escapes every "<" so a closing script tag in the data cannot end the element, and parses back', () => {
    const value = { title: '</script><img src=x onerror=alert(1)>', n: 1 };
    const json = scriptJson(value);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(value);
  });
});
