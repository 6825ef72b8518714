import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks } from '../../src/lib/pagination';

describe('pageCount', () => {
  it('fills whole pages, the last one partly', () => {
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(32, 20)).toBe(2);
    expect(pageCount(10_000, 20)).toBe(500);
  });

  it('an empty list still has its one page', () => {
    expect(pageCount(0, 20)).toBe(1);
  });
});

describe('pageLinks (GOV.UK pagination: first, last, this page and its neighbours)', () => {
  const shown = (current: number, last: number) =>
    pageLinks(current, last)
      .map((n) => (n === null ? '…' : String(n)))
      .join(' ');

  it('a list of one page links nothing but itself', () => {
    expect(shown(1, 1)).toBe('1');
  });

  it('a short list shows every page', () => {
    expect(shown(1, 2)).toBe('1 2');
    expect(shown(2, 2)).toBe('1 2');
    expect(shown(2, 3)).toBe('1 2 3');
    expect(shown(3, 5)).toBe('1 2 3 4 5');
  });

  it('a long list shows the first, the last and the neighbours, with … for the rest', () => {
    expect(shown(1, 500)).toBe('1 2 … 500');
    expect(shown(7, 42)).toBe('1 … 6 7 8 … 42');
    expect(shown(42, 42)).toBe('1 … 41 42');
    expect(shown(500, 500)).toBe('1 … 499 500');
  });

  it('never hides a single page behind …', () => {
    expect(shown(4, 10)).toBe('1 2 3 4 5 … 10');
    expect(shown(7, 10)).toBe('1 … 6 7 8 9 10');
  });

  it('stays a handful of links however long the list', () => {
    for (const last of [1, 2, 9, 50, 500, 10_000])
      for (const current of [1, 2, Math.ceil(last / 2), last - 1, last].filter(
        (n) => n >= 1 && n <= last,
      )) {
        const links = pageLinks(current, last);
        expect(links.length, `${current}/${last}`).toBeLessThanOrEqual(7);
        expect(links[0]).toBe(1);
        expect(links.at(-1)).toBe(last);
        expect(links).toContain(current);
        const numbers = links.filter((n) => n !== null);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }
  });
});
