import { describe, expect, it } from 'vitest';
import { bestBets, normalise } from '../../src/lib/best-bets';

const guides = [
  { url: '/guides/wangluo-hunlian/', title: '网络婚恋交友诈骗', rule: '', aliases: ['杀猪盘', '网恋被骗'] },
  { url: '/guides/maochong-gongjianfa/', title: '冒充公检法及政府机关诈骗', rule: '', aliases: ['安全账户', '涉嫌洗钱'] },
  { url: '/guides/shuadan-fanli/', title: '刷单返利诈骗', rule: '', aliases: ['刷单', '有人让我刷单'] },
];
const urls = (query: string) => bestBets(query, guides).map((g) => g.url);

describe('best bets', () => {
  it('an exact colloquial name finds its guide', () => {
    expect(urls('杀猪盘')).toEqual(['/guides/wangluo-hunlian/']);
  });
  it('a sentence that contains an alias finds the guide', () => {
    expect(urls('警察打电话说我涉嫌洗钱')).toEqual(['/guides/maochong-gongjianfa/']);
  });
  it('part of an alias is enough when it has two or more characters', () => {
    expect(urls('杀猪')).toEqual(['/guides/wangluo-hunlian/']);
    expect(urls('杀')).toEqual([]);
  });
  it('ignores spaces, punctuation and Latin case', () => {
    expect(normalise(' 安全 账户！')).toBe('安全账户');
    expect(urls('安全 账户？')).toEqual(['/guides/maochong-gongjianfa/']);
  });
  it('ranks an exact match above a partial one', () => {
    const both = [
      { url: '/a/', title: 'A', rule: '', aliases: ['刷单返利'] },
      { url: '/b/', title: 'B', rule: '', aliases: ['刷单'] },
    ];
    expect(bestBets('刷单', both).map((g) => g.url)).toEqual(['/b/', '/a/']);
  });
  it('finds nothing for an empty or unrelated query, and never more than the limit', () => {
    expect(urls('')).toEqual([]);
    expect(urls('天气预报')).toEqual([]);
    expect(bestBets('诈骗', guides, 2)).toHaveLength(2);
  });
});
