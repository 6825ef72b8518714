import { describe, expect, it } from 'vitest';
import { divergingBars, formatChange } from '../../src/lib/charts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The year-on-year set as editors keep it in content/campaign.yaml. */
const YEAR_ON_YEAR = (
  parse(readFileSync(new URL('../../content/campaign.yaml', import.meta.url), 'utf8')) as {
    id: string;
    rows: { label: string; change: number }[];
  }[]
).find((s) => s.id === 'year-on-year')!;

describe('divergingBars', () => {
  const rows = [
    { label: 'up', value: 80 },
    { label: 'down', value: -20 },
  ];
  const layout = divergingBars(rows, { left: 100, right: 600, rowHeight: 40 });

  it('puts zero so that the longest bars on each side exactly fill the area', () => {
    expect(layout.zero).toBe(200);
    expect(layout.bars[0]).toMatchObject({ x: 200, width: 400, y: 0 });
    expect(layout.bars[1]).toMatchObject({ x: 100, width: 100, y: 40 });
    expect(layout.height).toBe(80);
  });
  it('uses one scale for both directions', () => {
    const [up, down] = layout.bars;
    expect(up!.width / down!.width).toBeCloseTo(80 / 20);
  });
  it('copes with only positive values', () => {
    const only = divergingBars([{ label: 'a', value: 10 }], { left: 0, right: 100, rowHeight: 10 });
    expect(only.zero).toBe(0);
    expect(only.bars[0]!.width).toBe(100);
  });
  it('copes with only negative values: zero on the right, bars growing left', () => {
    const only = divergingBars(
      [
        { label: 'a', value: -10 },
        { label: 'b', value: -5 },
      ],
      { left: 0, right: 100, rowHeight: 10, top: 5 },
    );
    expect(only.zero).toBe(100);
    expect(only.bars.map((b) => [b.x, b.width, b.y])).toEqual([
      [0, 100, 5],
      [50, 50, 15],
    ]);
    expect(only.height).toBe(25);
  });
  it('draws no bar for a change of zero, and no broken number', () => {
    const flat = divergingBars([{ label: 'a', value: 0 }], { left: 0, right: 100, rowHeight: 10 });
    expect(flat.bars[0]).toMatchObject({ x: 0, width: 0 });
    expect(flat.zero).toBe(0);
  });
});

describe('campaign figures', () => {
  it('are the four figures FACTS.md gives, with their signs', () => {
    expect(YEAR_ON_YEAR.rows.map((r) => [r.label, r.change])).toEqual([
      ['破案数', 84.4],
      ['抓获犯罪嫌疑人', 15.4],
      ['立案数', -26.6],
      ['群众财产损失', -20.6],
    ]);
  });
  it('are written as the news writes them', () => {
    expect(formatChange(84.4)).toBe('上升84.4%');
    expect(formatChange(-26.6)).toBe('下降26.6%');
  });
});
