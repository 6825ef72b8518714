import { describe, expect, it } from 'vitest';
import { bestBets, normalise } from '../../src/lib/best-bets';

const guides = [
  {
    url: '/guides/wangluo-hunlian/',
    title: '网络婚恋交友诈骗',
    rule: '',
    aliases: ['杀猪盘', '网恋被骗'],
  },
  {
    url: '/guides/maochong-gongjianfa/',
    title: '冒充公检法及政府机关诈骗',
    rule: '',
    aliases: ['安全账户', '涉嫌洗钱'],
  },
  {
    url: '/guides/shuadan-fanli/',
    title: '刷单返利诈骗',
    rule: '',
    aliases: ['刷单', '有人让我刷单'],
  },
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
  it('a whole-title entry (a case) matches its full title, never a part of it', () => {
    const entries = [
      ...guides,
      { url: '/cases/x/', title: '退休老人转进安全账户', rule: '', aliases: [], whole: true },
    ];
    expect(bestBets('安全账户', entries).map((e) => e.url)).toEqual([
      '/guides/maochong-gongjianfa/',
    ]);
    expect(bestBets('退休老人转进安全账户', entries).map((e) => e.url)[0]).toBe('/cases/x/');
  });
  it('a boost adds to an entry’s score, and alone is enough to show it', () => {
    const boost = (entry: { url: string }) => (entry.url === '/guides/shuadan-fanli/' ? 2.5 : 0);
    expect(bestBets('警察说我涉嫌洗钱', guides, 3, boost).map((g) => g.url)).toEqual([
      '/guides/shuadan-fanli/',
      '/guides/maochong-gongjianfa/',
    ]);
    expect(bestBets('做任务返佣金', guides, 3, boost).map((g) => g.url)).toEqual([
      '/guides/shuadan-fanli/',
    ]);
  });
  it('equal scores keep the order of the entries', () => {
    const same = [
      { url: '/1/', title: '一', rule: '', aliases: ['转账'] },
      { url: '/2/', title: '二', rule: '', aliases: ['转账'] },
    ];
    expect(bestBets('转账', same).map((e) => e.url)).toEqual(['/1/', '/2/']);
  });
  it('an exact title or alias comes first, however much a boost adds to another entry', () => {
    const boost = (entry: { url: string }) => (entry.url === '/guides/shuadan-fanli/' ? 50 : 0);
    expect(bestBets('杀猪盘', guides, 3, boost).map((g) => g.url)[0]).toBe(
      '/guides/wangluo-hunlian/',
    );
  });
  it('equal scores follow the tie-break, highest first', () => {
    const same = [
      { url: '/1/', title: '一', rule: '', aliases: ['转账'] },
      { url: '/2/', title: '二', rule: '', aliases: ['转账'] },
    ];
    const tie = (entry: { url: string }) => (entry.url === '/2/' ? 1 : 0);
    expect(bestBets('转账', same, 3, () => 0, tie).map((e) => e.url)).toEqual(['/2/', '/1/']);
  });
  it('an empty query finds nothing, whatever a boost would add', () => {
    expect(bestBets('', guides, 3, () => 1)).toEqual([]);
    expect(bestBets(' ！？ ', guides, 3, () => 1)).toEqual([]);
  });
  it('an alias of punctuation alone matches nothing', () => {
    const blank = [{ url: '/x/', title: '……', rule: '', aliases: ['！？'] }];
    expect(bestBets('杀猪盘', blank)).toEqual([]);
    expect(bestBets('？', blank)).toEqual([]);
  });
  it('equal scores keep the order of the entries, however many there are', () => {
    const same = ['1', '2', '3', '4', '5'].map((n) => ({
      url: `/${n}/`,
      title: n,
      rule: '',
      aliases: ['转账'],
    }));
    expect(bestBets('转账', same, 5).map((e) => e.url)).toEqual([
      '/1/',
      '/2/',
      '/3/',
      '/4/',
      '/5/',
    ]);
  });
  it('a two-character alias is found inside a sentence; one character never is', () => {
    expect(urls('朋友叫我去刷单赚钱')).toEqual(['/guides/shuadan-fanli/']);
    const one = [{ url: '/x/', title: 'X', rule: '', aliases: ['骗'] }];
    expect(bestBets('这是诈骗电话吗', one)).toEqual([]);
  });
  it('of two aliases a sentence contains, the longer one is surer and ranks first', () => {
    const entries = [
      { url: '/short/', title: 'S', rule: '', aliases: ['转账'] },
      { url: '/long/', title: 'L', rule: '', aliases: ['转账到安全账户'] },
    ];
    expect(bestBets('警察让我转账到安全账户', entries).map((e) => e.url)).toEqual([
      '/long/',
      '/short/',
    ]);
  });
  it('a sentence that contains a whole alias ranks above one that is only part of another', () => {
    const entries = [
      { url: '/part/', title: 'P', rule: '', aliases: ['刷单返利诈骗套路'] },
      { url: '/whole/', title: 'W', rule: '', aliases: ['返利'] },
    ];
    expect(bestBets('刷单返利', entries).map((e) => e.url)).toEqual(['/whole/', '/part/']);
  });
  it('a gapped alias (骗局*哪些) finds a sentence with a few characters between its parts', () => {
    const entries = [
      { url: '/common/', title: '常见骗局', rule: '', aliases: ['骗局*哪些'] },
      { url: '/other/', title: '其他', rule: '', aliases: ['哪些'] },
    ];
    expect(bestBets('现在常见的骗局都有哪些', entries).map((e) => e.url)).toEqual([
      '/common/',
      '/other/',
    ]);
    expect(bestBets('骗局一般出现在哪些地方呢还有其他的吗都有哪些', entries)[0]?.url).toBe(
      '/common/',
    );
    // It is scored by the characters it names (4 here), as a plain alias is: 5 rank above it.
    const longer = [...entries, { url: '/longer/', title: 'L', rule: '', aliases: ['常见的骗局'] }];
    expect(bestBets('现在常见的骗局都有哪些', longer).map((e) => e.url)).toEqual([
      '/longer/',
      '/common/',
      '/other/',
    ]);
    // More than a few characters between the parts: no match.
    expect(bestBets('骗局这个东西我真的不太清楚到底有哪些', entries).map((e) => e.url)).toEqual([
      '/other/',
    ]);
  });
});
