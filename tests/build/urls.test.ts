/**
 * src/data/urls.ts builds every page address; officers print them on leaflets and QR codes. Every
 * address it can produce for the content in content/ exists in dist/, and every page in dist/ is
 * one it produces (so nothing builds an address by hand beside it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alertUrl,
  audienceUrl,
  caseFilterUrl,
  casesPageUrl,
  caseUrl,
  guidesForUrl,
  guideUrl,
  PAGES,
  quizClassUrl,
  quizUrl,
  rehearsalUrl,
  withFragment,
} from '../../src/data/urls';
import {
  caseFiltersFromContent,
  readCollection,
  readYamlCollection,
} from '../support/content-files';
import { DIST, sitePaths } from '../support/dist';
import { CASES_PER_PAGE } from '../../src/lib/case-facets';
import { ledUrl } from '../../src/lib/led';
import { pageCount } from '../../src/lib/pagination';
import { alertsOn, builtDay } from '../support/alerts';

const guides = readCollection('guides');
const cases = readCollection('cases');
const audiences = readCollection('audiences');
const rehearsals = readYamlCollection('rehearsals');

/** The page numbers of a list of `count` cases: 1, 2… */
const pages = (count: number) =>
  Array.from({ length: pageCount(count, CASES_PER_PAGE) }, (_, i) => i + 1);

/** Every address the module produces for today's content. */
function producedUrls(): string[] {
  const { facets } = caseFiltersFromContent();
  return [
    ...Object.values(PAGES),
    ...guides.map((g) => guideUrl(g.id)),
    ...cases.map((c) => caseUrl(c.id)),
    ...audiences.flatMap((a) => [
      audienceUrl(a.id),
      guidesForUrl(a.id),
      quizUrl(a.id),
      quizClassUrl(a.id),
    ]),
    // The case library and each filter, in pages of CASES_PER_PAGE.
    ...pages(cases.length).map((k) => casesPageUrl(k)),
    ...facets.flatMap((f) =>
      f.values.flatMap((v) => pages(v.count).map((k) => caseFilterUrl(f.key, v.slug, k))),
    ),
    ...rehearsals.map((r) => rehearsalUrl(r.id)),
    // The alerts this build published: all but those whose first day is still to come.
    ...alertsOn(builtDay())
      .filter((a) => a.status !== 'upcoming')
      .map((a) => alertUrl(a.id)),
  ];
}

/** The file an address is served from. */
const fileFor = (url: string) => join(DIST, url.endsWith('/') ? `${url}index.html` : url);

describe('page addresses (src/data/urls.ts)', () => {
  const produced = producedUrls();

  it('every address the module builds for the content exists in dist/', () => {
    expect(produced.length).toBeGreaterThan(guides.length + cases.length);
    expect(produced.filter((url) => !existsSync(fileFor(url)))).toEqual([]);
  });

  it('every page in the sitemap is an address the module builds', () => {
    const pages = sitePaths().filter((p) => p !== '/404.html');
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => !produced.includes(decodeURIComponent(p)))).toEqual([]);
  });

  it('keeps the fixed addresses PRODUCT.md prints on leaflets', () => {
    expect(guideUrl('shuadan-fanli')).toBe('/guides/shuadan-fanli/');
    expect(PAGES.rehearsals).toBe('/quiz/rehearsal/');
    expect(rehearsalUrl('shuadan-fanli')).toBe('/quiz/rehearsal/shuadan-fanli/');
    expect(caseUrl('x')).toBe('/cases/x/');
    expect(audienceUrl('elderly')).toBe('/for/elderly/');
    expect(guidesForUrl('elderly')).toBe('/guides/for/elderly/');
    expect(caseFilterUrl('channel', 'weixin')).toBe('/cases/channel/weixin/');
    expect(PAGES.cases).toBe('/cases/');
    expect(casesPageUrl(2)).toBe('/cases/2/');
    expect(caseFilterUrl('channel', 'weixin', 2)).toBe('/cases/channel/weixin/2/');
    expect(PAGES.help).toBe('/help/');
    expect(withFragment('/for/teachers/', 'ketang')).toBe('/for/teachers/#ketang');
    expect(PAGES.toolkit).toBe('/toolkit/');
    expect(PAGES.alerts).toBe('/alerts/');
    expect(PAGES.calendar).toBe('/alerts/calendar/');
    expect(PAGES.alertsFeed).toBe('/alerts/rss.xml');
    expect(alertUrl('yibao-jiaofei')).toBe('/alerts/yibao-jiaofei/');
    expect(quizUrl()).toBe('/quiz/');
    expect(quizUrl('students')).toBe('/quiz/students/');
    expect(quizClassUrl('students')).toBe('/quiz/students/class/');
    expect(
      ledUrl({ set: 'official', ids: [], speed: 'slow', size: 'huge', scheme: 'white-red' }),
    ).toBe('/toolkit/led/?set=official&speed=slow&size=huge&scheme=white-red');
  });
});
