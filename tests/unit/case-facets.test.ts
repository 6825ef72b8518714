import { describe, expect, it } from 'vitest';
import {
  caseFacets,
  caseHas,
  facetHref,
  isCaseStudyPath,
  reservedCaseIds,
  type CaseLike,
} from '../../src/lib/case-facets';
import { CHANNELS, OUTCOMES } from '../../src/lib/taxonomy';
import { caseFilterUrl, casesPageUrl } from '../../src/data/urls';

const item = (
  id: string,
  guide: string,
  audiences: string[],
  channel: CaseLike['data']['channel'],
  outcome: CaseLike['data']['outcome'],
): CaseLike => ({
  id,
  data: { guide: { id: guide }, audiences: audiences.map((a) => ({ id: a })), channel, outcome },
});

const cases = [
  item('a', 'shuadan-fanli', ['students'], 'QQ', '被骗'),
  item('b', 'shuadan-fanli', ['elderly', 'students'], '微信', '被成功劝阻'),
  item('c', 'maochong-lingdao', ['finance-staff'], 'QQ', '部分追回'),
];
const guides = [
  { id: 'shuadan-fanli', label: '刷单返利诈骗' },
  { id: 'maochong-lingdao', label: '冒充领导、熟人诈骗' },
  { id: 'xujia-touzi', label: '虚假网络投资理财诈骗' },
];
const audiences = [
  { id: 'students', label: '学生' },
  { id: 'elderly', label: '老年人' },
  { id: 'finance-staff', label: '财会人员' },
  { id: 'teachers', label: '教师' },
];

describe('case filters', () => {
  const facets = Object.fromEntries(
    caseFacets(cases, guides, audiences).map((f) => [f.key, f.values]),
  );

  it('counts cases per scam type and leaves out types with none', () => {
    expect(facets['type']).toEqual([
      { slug: 'shuadan-fanli', label: '刷单返利诈骗', count: 2 },
      { slug: 'maochong-lingdao', label: '冒充领导、熟人诈骗', count: 1 },
    ]);
  });
  it('counts a case once for each audience it speaks to', () => {
    expect(facets['for']!.map((v) => [v.slug, v.count])).toEqual([
      ['students', 2],
      ['elderly', 1],
      ['finance-staff', 1],
    ]);
  });
  it('uses Latin slugs for channels and outcomes, in the fixed order', () => {
    expect(facets['channel']!.map((v) => [v.slug, v.label, v.count])).toEqual([
      ['weixin', '微信', 1],
      ['qq', 'QQ', 2],
    ]);
    expect(facets['outcome']!.map((v) => [v.slug, v.count])).toEqual([
      ['beipian', 1],
      ['bufen-zhuihui', 1],
      ['quanzu', 1],
    ]);
  });
  it('gives every channel and outcome its own Latin slug, the address of its page', () => {
    const every = [...CHANNELS].map((channel, i) =>
      item(`c${i}`, 'shuadan-fanli', ['students'], channel, OUTCOMES[i % OUTCOMES.length]!),
    );
    const all = Object.fromEntries(
      caseFacets(every, guides, audiences).map((f) => [f.key, f.values]),
    );
    for (const key of ['channel', 'outcome'] as const) {
      const slugs = all[key]!.map((v) => v.slug);
      expect(slugs).toHaveLength(key === 'channel' ? CHANNELS.length : OUTCOMES.length);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z-]*$/);
    }
  });
  it('matches a case against one filter value', () => {
    expect(caseHas(cases[1]!, 'channel', 'weixin')).toBe(true);
    expect(caseHas(cases[1]!, 'outcome', 'beipian')).toBe(false);
    expect(facetHref('channel', 'weixin')).toBe('/cases/channel/weixin/');
  });
});

describe('the case library’s addresses', () => {
  it('tells a case study’s page from the pages of the lists', () => {
    expect(isCaseStudyPath('/cases/tuixiu-anquan-zhanghu/')).toBe(true);
    expect(isCaseStudyPath('/cases/96110-quanzu-wanglian/')).toBe(true);
    for (const list of ['/cases/', '/cases/2/', '/cases/12/', '/cases/type/', '/cases/for/'])
      expect(isCaseStudyPath(list), list).toBe(false);
    expect(isCaseStudyPath('/cases/type/liangka/')).toBe(false);
    expect(isCaseStudyPath('/cases/type/liangka/2/')).toBe(false);
    expect(isCaseStudyPath('/cases/rss.xml')).toBe(false);
    expect(isCaseStudyPath('/guides/liangka/')).toBe(false);
  });

  it('refuses a case file named like a page of the lists (a number or a filter)', () => {
    expect(reservedCaseIds(['2', 'type', 'outcome', '96110-lanxia', 'for-students', '2b'])).toEqual(
      ['2', 'type', 'outcome'],
    );
  });

  it('pages after the first add their number to the list’s address', () => {
    expect(casesPageUrl()).toBe('/cases/');
    expect(casesPageUrl(1)).toBe('/cases/');
    expect(casesPageUrl(2)).toBe('/cases/2/');
    expect(caseFilterUrl('type', 'liangka', 1)).toBe('/cases/type/liangka/');
    expect(caseFilterUrl('type', 'liangka', 3)).toBe('/cases/type/liangka/3/');
  });
});
