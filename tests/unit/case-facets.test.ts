import { describe, expect, it } from 'vitest';
import { caseFacets, caseHas, facetHref, type CaseLike } from '../../src/lib/case-facets';

const item = (id: string, guide: string, audiences: string[], channel: CaseLike['data']['channel'], outcome: CaseLike['data']['outcome']): CaseLike => ({
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
  const facets = Object.fromEntries(caseFacets(cases, guides, audiences).map((f) => [f.key, f.values]));

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
  it('matches a case against one filter value', () => {
    expect(caseHas(cases[1]!, 'channel', 'weixin')).toBe(true);
    expect(caseHas(cases[1]!, 'outcome', 'beipian')).toBe(false);
    expect(facetHref('channel', 'weixin')).toBe('/cases/channel/weixin/');
  });
});
