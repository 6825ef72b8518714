/** The bench's report helpers (scripts/lib/bench-format.ts) and the pure parts of its runs. */
import { describe, expect, it } from 'vitest';
import { clip, displayWidth, kb, mark, median, ms, table } from '../../scripts/lib/bench-format';
import { expectedCacheControl } from '../../scripts/lib/load';
import { buildFailure, indexedPages } from '../../scripts/lib/scale';

describe('bench report helpers', () => {
  it('the median is the middle run, or the mean of the two middle ones', () => {
    expect(median([1240, 980, 1100])).toBe(1100);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
  it('writes sizes in KB and times in ms or s', () => {
    expect(kb(150 * 1024)).toBe('150.0 KB');
    expect(kb(1536)).toBe('1.5 KB');
    expect(ms(849.6)).toBe('850 ms');
    expect(ms(1062)).toBe('1.06 s');
    expect(mark(true)).toBe('ok');
    expect(mark(false)).toBe('OVER');
  });
  it('counts a Chinese character as two columns, and clips to a width', () => {
    expect(displayWidth('刷单 ok')).toBe(7);
    expect(displayWidth('【京东客服】')).toBe(12);
    expect(clip('网上认识的男朋友让我投资', 9)).toBe('网上认识…');
    expect(displayWidth(clip('网上认识的男朋友让我投资', 9))).toBeLessThanOrEqual(9);
    expect(clip('刷单', 9)).toBe('刷单');
  });
  it('lines up table columns with Chinese text in them', () => {
    const text = table(
      ['query', 'bytes'],
      [
        ['刷单', '80.1 KB'],
        ['a sentence', '120.0 KB'],
      ],
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    const column = (line: string) => displayWidth(line.slice(0, line.search(/\d/)));
    expect(column(lines[2]!)).toBe(column(lines[3]!));
    expect(lines[1]).toMatch(/^-{10} {2}-{8}$/);
  });
});

describe('load run: the cache headers production needs', () => {
  it('hashed build files: a year and immutable; pages: five minutes', () => {
    const asset = expectedCacheControl('/_astro/SiteHead.4ENXKxRq.css');
    expect(asset.test('public, max-age=31536000, immutable')).toBe(true);
    expect(asset.test('public, max-age=31536000')).toBe(false);
    const page = expectedCacheControl('/guides/shuadan-fanli/');
    expect(page.test('public, max-age=300')).toBe(true);
    expect(page.test('public, max-age=3000')).toBe(false);
  });
});

describe('scale run: what a failed build said', () => {
  it('keeps the error and its explanation, not the page list or the stack trace', () => {
    const output = [
      '03:21:42   ├─ /search/index.html (+347ms)',
      '03:28:23 [bingcheng:pagefind] Pagefind indexed 10180 pages',
      '03:29:31 [ERROR] [@vite-pwa/astro-integration] An unhandled error occurred while running the "astro:build:done" hook',
      '',
      '  Assets exceeding the limit:',
      "  - cases/index.html is 6.55 MB, and won't be precached.",
      '',
      '  Location:',
      '    /work/node_modules/vite-plugin-pwa/dist/chunk-G4TAN34B.js:44:13',
    ].join('\n');
    expect(buildFailure(output)).toBe(
      [
        '03:29:31 [ERROR] [@vite-pwa/astro-integration] An unhandled error occurred while running the "astro:build:done" hook',
        'Assets exceeding the limit:',
        "- cases/index.html is 6.55 MB, and won't be precached.",
      ].join('\n'),
    );
  });
});

describe('scale run: the pages Pagefind indexed', () => {
  it('reads both bundles from the build log', () => {
    const log =
      '04:28:23 [bingcheng:pagefind] Pagefind indexed 148 pages, and 10032 case studies in /pagefind/cases/';
    expect(indexedPages(log)).toEqual({ main: 148, cases: 10032 });
    expect(indexedPages('Pagefind indexed 180 pages')).toEqual({ main: 180, cases: 0 });
  });
});
