/**
 * Run by tests/build/fixture-site.test.ts, over its shared build (tests/support/fixture-site.ts).
 * The case library once it spreads over many pages: a build of a copy of the site with
 * synthetic case pages beside the real ones (made as the bench's scale run makes them,
 * scripts/lib/synthetic-cases.ts: titled 合成测试页面 N, never in content/), enough for /cases/ to
 * run past ten pages. What a reader and an editor rely on: /cases/ and every filter are split into
 * pages of CASES_PER_PAGE that link up (上一页, 下一页, the numbers, 第 k 页，共 N 页), every case is on
 * exactly one page of each list it belongs to, no list page outgrows the 14 KB HTML budget (the
 * synthetic summaries are as long as the schema allows), the list pages are neither indexed nor
 * counted as case studies, the feed carries the newest cases only, and 保存全站 saves a part of the
 * library of a fixed size and says so (src/lib/offline-pack.ts, PACK_CASES). The same list checks
 * run over the real site in tests/build/library.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { site, SYNTHETIC } from '../../support/fixture-site';
import { indexedPages } from '../../../scripts/lib/scale';
import { caseFilterUrl, casesPageUrl, caseUrl, PAGES } from '../../../src/data/urls';
import { CASES_IN_FEED, CASES_PER_PAGE, isCaseStudyPath } from '../../../src/lib/case-facets';
import { pageCount } from '../../../src/lib/pagination';
import { PACK_CASES, PACK_URL, packHoldsAllCases, type Pack } from '../../../src/lib/offline-pack';
import { t } from '../../../src/i18n/zh-CN';
import { casesOn, linkProblems, listPages, pagination } from '../../support/case-lists';

const KB = 1024;

const fileOf = (path: string) =>
  join(site.dir, 'dist', path, path.endsWith('/') ? 'index.html' : '');
const parsed = new Map<string, Document>();
const page = (path: string): Document => {
  let doc = parsed.get(path);
  if (!doc) {
    doc = parseHTML(readFileSync(fileOf(path), 'utf8')).document as unknown as Document;
    parsed.set(path, doc);
  }
  return doc;
};
/** Every page the copy's sitemap lists, as a site path. */
const sitemap = () =>
  readdirSync(join(site.dir, 'dist'))
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) =>
      [...readFileSync(join(site.dir, 'dist', f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]!).pathname,
      ),
    );

describe(`the case library with ${SYNTHETIC} synthetic cases added`, () => {
  it('builds', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    expect(site.caseIds.length).toBeGreaterThan(10 * CASES_PER_PAGE);
  });

  it('/cases/ lists every case exactly once over pages 1 to N, each page full but the last', () => {
    const pages = listPages(page, PAGES.cases);
    expect(pages.length).toBe(pageCount(site.caseIds.length, CASES_PER_PAGE));
    const listed = pages.flatMap((p) => p.cases);
    expect(listed.length).toBe(new Set(listed).size);
    expect(listed.sort()).toEqual(site.caseIds.map(caseUrl).sort());
    for (const p of pages.slice(0, -1)) expect(p.cases.length, p.path).toBe(CASES_PER_PAGE);
    expect(pages.at(-1)!.cases.length).toBeGreaterThan(0);
  });

  it('its pages link up: 上一页, 下一页, the first, last and nearby numbers, 第 k 页，共 N 页', () => {
    const pages = listPages(page, PAGES.cases);
    expect(linkProblems(pages, casesPageUrl)).toEqual([]);
    // A page in the middle leaves out pages on both sides (…); the first and last, on one.
    const gaps = (k: number) =>
      (pagination(pages[k - 1]!.doc)!.textContent!.match(/⋯/g) ?? []).length;
    expect(gaps(Math.ceil(pages.length / 2))).toBe(2);
    expect(gaps(1)).toBe(1);
    expect(gaps(pages.length)).toBe(1);
    // Page 2 onwards says which page it is in its title.
    expect(pages[1]!.doc.querySelector('title')!.textContent).toContain('第 2 页');
  });

  it('every filter lists exactly its count of cases, each once, over pages that link up', () => {
    const filters = [...page(PAGES.cases).querySelectorAll('main details nav a')].map((a) => ({
      href: a.getAttribute('href')!,
      count: Number(/（(\d+)）/.exec(a.textContent ?? '')?.[1]),
    }));
    expect(filters.length).toBeGreaterThan(20);
    expect(filters.some((f) => f.count > CASES_PER_PAGE)).toBe(true);
    for (const { href, count } of filters) {
      const [, key = '', value = ''] = /^\/cases\/([^/]+)\/([^/]+)\/$/.exec(href) ?? [];
      const pages = listPages(page, href);
      const listed = pages.flatMap((p) => p.cases);
      expect(listed.length, href).toBe(count);
      expect(new Set(listed).size, href).toBe(count);
      expect(
        linkProblems(pages, (k) => caseFilterUrl(key, value, k)),
        href,
      ).toEqual([]);
    }
  });

  it('every list page stays under the 14 KB HTML budget (gzip)', () => {
    const lists = sitemap().filter((p) => p.startsWith(PAGES.cases) && !isCaseStudyPath(p));
    expect(lists.length).toBeGreaterThan(pageCount(site.caseIds.length, CASES_PER_PAGE));
    const over = lists
      .map((p) => ({ p, bytes: gzipSync(readFileSync(fileOf(p)), { level: 6 }).length }))
      .filter(({ bytes }) => bytes > 14 * KB)
      .map(({ p, bytes }) => `${p}: ${(bytes / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it(`the feed carries the newest ${CASES_IN_FEED} cases, not the whole library`, () => {
    const feed = readFileSync(join(site.dir, 'dist', PAGES.casesFeed), 'utf8');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(links).toEqual(
      listPages(page, PAGES.cases)
        .flatMap((p) => p.cases)
        .slice(0, CASES_IN_FEED),
    );
  });

  it(`保存全站 holds the newest ${PACK_CASES} cases, those other pages link to and the lists of saved cases only, and says so`, () => {
    expect(packHoldsAllCases(site.caseIds.length)).toBe(false);
    const pack = JSON.parse(readFileSync(join(site.dir, 'dist', PACK_URL), 'utf8')) as Pack;
    const listed = new Set(pack.files.map((f) => f.url));
    const studies = [...listed].filter(isCaseStudyPath);
    const newest = listPages(page, PAGES.cases).flatMap((p) => p.cases);
    const linked = [...listed]
      .filter((url) => url.endsWith('/') && !url.startsWith(PAGES.cases))
      .flatMap((url) =>
        [...page(url).querySelectorAll('a[href^="/cases/"]')].map((a) => a.getAttribute('href')!),
      )
      .filter(isCaseStudyPath);
    expect(linked.length).toBeGreaterThan(0);
    expect(studies.sort()).toEqual(
      [...new Set([...newest.slice(0, PACK_CASES), ...linked])].sort(),
    );
    // Every list page in the pack lists saved cases only; the first pages of /cases/ are there.
    const lists = [...listed].filter((url) => url.startsWith(PAGES.cases) && !isCaseStudyPath(url));
    expect(lists).toContain(casesPageUrl(PACK_CASES / CASES_PER_PAGE));
    for (const url of lists)
      expect(
        casesOn(page(url)).filter((c) => !listed.has(c)),
        url,
      ).toEqual([]);
    // Not the case studies' search index or best bets: they would find cases not saved.
    expect([...listed].filter((url) => /^\/pagefind\/cases\/|case-bets/.test(url))).toEqual([]);
    // The words say what is saved: the button's heading text, its last message, the offline page.
    const kept = { kept: PACK_CASES };
    expect(page(PAGES.toolkit).querySelector('main [data-save-site] p')!.textContent).toContain(
      t('offline.leadSome', { count: site.caseIds.length, ...kept }),
    );
    expect(
      page(PAGES.about).querySelector('footer [data-save-site]')!.getAttribute('data-done'),
    ).toBe(t('offline.doneSome', kept));
    expect(page(PAGES.offline).querySelector('main')!.textContent).toContain(
      t('offline.bodySome', kept),
    );
  });

  it('the sitemap lists every page of every list; search indexes the case studies, not the lists', () => {
    const listed = new Set(sitemap());
    const last = pageCount(site.caseIds.length, CASES_PER_PAGE);
    for (let k = 1; k <= last; k++) expect(listed.has(casesPageUrl(k)), casesPageUrl(k)).toBe(true);
    expect(indexedPages(site.output).cases).toBe(site.caseIds.length);
  });
});
