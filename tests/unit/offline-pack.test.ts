import { describe, expect, it } from 'vitest';
import {
  cacheFor,
  caseLibraryInPack,
  formatBytes,
  isContentAddressed,
  needsDownload,
  PACK_CASES,
  packBytes,
  packHoldsAllCases,
  stalePaths,
  type Pack,
} from '../../src/lib/offline-pack';
import { CACHES } from '../../src/lib/offline-caches';

const pack: Pack = {
  version: 'v2',
  core: { files: 2, bytes: 1000 },
  files: [
    { url: '/_astro/quiz.Ab12.js', size: 300 },
    { url: '/pagefind/fragment/zh-cn_1129f5c.pf_fragment', size: 200 },
    { url: '/pagefind/pagefind-entry.json', size: 50, rev: 'e1' },
    { url: '/guides/liangka/', size: 4000, rev: 'p1' },
  ],
};

describe('isContentAddressed', () => {
  it("is true for Vite's output and Pagefind's chunks and metadata, whose names change with them", () => {
    expect(isContentAddressed('/_astro/SiteHead.Bg9q4LQM.css')).toBe(true);
    expect(isContentAddressed('/pagefind/index/zh-cn_40baea3.pf_index')).toBe(true);
    expect(isContentAddressed('/pagefind/fragment/zh-cn_1129f5c.pf_fragment')).toBe(true);
    expect(isContentAddressed('/pagefind/filter/zh-cn_f51051b.pf_filter')).toBe(true);
    expect(isContentAddressed('/pagefind/pagefind.zh-cn_9c7e75b253adb.pf_meta')).toBe(true);
    expect(isContentAddressed('/pagefind/cases/fragment/zh-cn_9a1b2c3.pf_fragment')).toBe(true);
    expect(isContentAddressed('/pagefind/cases/pagefind.zh-cn_5d6e7f.pf_meta')).toBe(true);
  });
  it('is false for pages and files with fixed names', () => {
    for (const url of [
      '/guides/liangka/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/cases/pagefind-entry.json',
      '/qr/help.svg',
      '/prefs-init.js',
      // The shape only counts in the site's own /pagefind/ folder, as a whole path.
      '/guides/pagefind/index/zh-cn_40baea3.pf_index',
      '/pagefind/index/zh-cn_40baea3.pf_index/more',
    ])
      expect(isContentAddressed(url), url).toBe(false);
  });
});

describe('cacheFor', () => {
  it('puts pages, search and the rest where the worker looks for them', () => {
    expect(cacheFor('/guides/liangka/')).toBe(CACHES.pages);
    expect(cacheFor('/pagefind/pagefind.js')).toBe(CACHES.search);
    expect(cacheFor('/pagefind/index/zh-cn_40baea3.pf_index')).toBe(CACHES.search);
    expect(cacheFor('/_astro/quiz.Ab12.js')).toBe(CACHES.assets);
    expect(cacheFor('/qr/help.svg')).toBe(CACHES.assets);
    expect(cacheFor('/404.html')).toBe(CACHES.pages);
  });
});

describe('needsDownload', () => {
  const [hashed, , entry] = pack.files;
  it('fetches what is not saved yet', () => {
    expect(needsDownload(hashed!, undefined)).toBe(true);
    expect(needsDownload(entry!, undefined)).toBe(true);
  });
  it('never fetches a saved hashed file again', () => {
    expect(needsDownload(hashed!, null)).toBe(false);
  });
  it('fetches a file saved at another revision, or kept without one', () => {
    expect(needsDownload(entry!, 'e1')).toBe(false);
    expect(needsDownload(entry!, 'e0')).toBe(true);
    expect(needsDownload(entry!, null)).toBe(true);
  });
});

describe('the size of the offline site', () => {
  it('is the core and every file of the pack', () => {
    expect(packBytes(pack)).toBe(1000 + 300 + 200 + 50 + 4000);
  });
  it('is written for readers in KB or MB', () => {
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(2.14 * 1024 * 1024)).toBe('2.1 MB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatBytes(1024 * 1024)).toBe('1.0 MB');
  });
});

describe('stalePaths', () => {
  it('lists what the new pack no longer has (an old build’s hashed files, a removed page)', () => {
    expect(
      stalePaths(
        ['/_astro/quiz.Ab12.js', '/_astro/quiz.Old1.js', '/guides/liangka/', '/guides/gone/'],
        pack,
      ),
    ).toEqual(['/_astro/quiz.Old1.js', '/guides/gone/']);
  });
});

describe('caseLibraryInPack (the case library in the 保存全站 pack)', () => {
  /** A library of `n` cases, newest first, listed 20 a page, and one filter of every third case. */
  const library = (n: number, linked: string[] = []) => {
    const newest = Array.from({ length: n }, (_, i) => `/cases/case-${i + 1}/`);
    const pages = Math.ceil(n / 20);
    const lists = Array.from({ length: pages }, (_, k) => ({
      url: k === 0 ? '/cases/' : `/cases/${k + 1}/`,
      cases: newest.slice(k * 20, k * 20 + 20),
    }));
    const thirds = newest.filter((_, i) => i % 3 === 0);
    lists.push({ url: '/cases/outcome/quanzu/', cases: thirds.slice(0, 20) });
    if (thirds.length > 20)
      lists.push({ url: '/cases/outcome/quanzu/2/', cases: thirds.slice(20) });
    return { newest, lists, linked };
  };

  it(`holds the whole library while it has at most ${PACK_CASES} cases`, () => {
    const all = library(PACK_CASES);
    const kept = caseLibraryInPack(all);
    expect(packHoldsAllCases(PACK_CASES)).toBe(true);
    expect([...kept].sort()).toEqual([...all.newest, ...all.lists.map((l) => l.url)].sort());
  });

  it('past that, the newest cases, the ones other pages link to, and the lists of saved cases only', () => {
    const linked = ['/cases/case-500/', '/cases/case-9999/', '/guides/liangka/'];
    const big = library(10_000, linked);
    const kept = caseLibraryInPack(big);
    expect(packHoldsAllCases(10_000)).toBe(false);
    const studies = [...kept].filter((url) => /case-\d+/.test(url));
    expect(studies.length).toBe(PACK_CASES + 2);
    expect(kept.has('/cases/case-1/')).toBe(true);
    expect(kept.has(`/cases/case-${PACK_CASES}/`)).toBe(true);
    expect(kept.has(`/cases/case-${PACK_CASES + 1}/`)).toBe(false);
    expect(kept.has('/cases/case-500/')).toBe(true);
    // A link to something that is not a case study adds nothing.
    expect(kept.has('/guides/liangka/')).toBe(false);
    // The first pages of /cases/ and of the filter list only saved cases; the later ones do not.
    const lists = [...kept].filter((url) => !/case-\d+/.test(url));
    expect(lists).toEqual([
      '/cases/',
      '/cases/2/',
      '/cases/3/',
      '/cases/4/',
      '/cases/5/',
      '/cases/outcome/quanzu/',
    ]);
    expect(kept.size).toBeLessThan(120);
  });
});
