import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/lib/group';
import { byNewest } from '../../src/lib/sort';
import { t } from '../../src/i18n/zh-CN';

describe('byNewest', () => {
  it('puts the newest first and breaks ties by id', () => {
    const item = (id: string, date: string) => ({ id, data: { published: new Date(date) } });
    const sorted = byNewest([item('b', '2026-01-01'), item('c', '2026-03-01'), item('a', '2026-01-01')]);
    expect(sorted.map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('groupBy', () => {
  it('keeps the order of the keys and drops empty groups', () => {
    const groups = groupBy([{ g: 'y' }, { g: 'x' }, { g: 'y' }], ['x', 'y', 'z'], (i) => i.g);
    expect(groups.map((g) => [g.key, g.items.length])).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
  });
});

describe('UI strings', () => {
  it('returns the string for a key', () => {
    expect(t('site.name')).toBe('冰城反诈');
  });
});
