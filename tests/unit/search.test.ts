import { describe, expect, it } from 'vitest';
import {
  cutText,
  excerptParts,
  guidesBeforeTheirCases,
  MAX_QUERY_LENGTH,
  mergeHits,
  queryFromUrl,
  queryWords,
  MAX_SEARCH_WORDS,
  searchTerms,
  tidyExcerpt,
} from '../../src/lib/search';

describe('queryFromUrl', () => {
  it('reads ?q= and trims it', () => {
    expect(queryFromUrl('?q=%20%E5%AE%89%E5%85%A8%E8%B4%A6%E6%88%B7%20')).toBe('安全账户');
  });
  it('collapses runs of white space', () => {
    expect(queryFromUrl('?q=警察%0A%0A打电话')).toBe('警察 打电话');
  });
  it('returns an empty string when there is no query', () => {
    expect(queryFromUrl('')).toBe('');
    expect(queryFromUrl('?x=1')).toBe('');
  });
  it('keeps markup as plain text (it is never parsed as HTML)', () => {
    expect(queryFromUrl(`?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
  it('cuts very long input by characters, not bytes', () => {
    const long = '诈'.repeat(MAX_QUERY_LENGTH + 50);
    expect(queryFromUrl(`?q=${encodeURIComponent(long)}`)).toBe('诈'.repeat(MAX_QUERY_LENGTH));
  });
  it('reads a pasted message whole when asked for more', () => {
    const sms = '【某银行】'.repeat(40);
    expect(queryFromUrl(`?q=${encodeURIComponent(sms)}`, 500)).toBe(sms);
  });
});

describe('cutText', () => {
  it('keeps text within the limit as it is', () => {
    expect(cutText('安全账户', 4)).toBe('安全账户');
  });
  it('never splits an emoji (a surrogate pair) at the cut', () => {
    expect(cutText('😀😀😀', 2)).toBe('😀😀');
    expect(cutText('a😀b', 2)).toBe('a😀');
  });
  it('cuts to the query length by default', () => {
    expect(Array.from(cutText('字'.repeat(300)))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('excerptParts', () => {
  it('splits marked words from plain text', () => {
    expect(excerptParts('转到<mark>安全</mark><mark>账户</mark>就行。')).toEqual([
      { text: '转到', mark: false },
      { text: '安全', mark: true },
      { text: '账户', mark: true },
      { text: '就行。', mark: false },
    ]);
  });
  it('decodes escaped text and drops any other tag, so nothing becomes HTML', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <b>粗</b> &amp;')).toEqual([
      { text: '<img src=x onerror=alert(1)> 粗 &', mark: false },
    ]);
  });
  it('decodes every entity Pagefind writes, quotes and non-breaking spaces too', () => {
    expect(excerptParts('&quot;客服&quot;说&#39;退款&#x27;&nbsp;&lt;链接&gt;')).toEqual([
      { text: '"客服"说\'退款\' <链接>', mark: false },
    ]);
  });
});

describe('tidyExcerpt', () => {
  it('drops the ". " Pagefind puts between blocks after Chinese punctuation, and spaces it after a character', () => {
    expect(tidyExcerpt('别转钱。. 骗子会说：. 马上办')).toBe('别转钱。骗子会说：马上办…');
    expect(tidyExcerpt('一眼识别. 要你转账')).toBe('一眼识别 要你转账…');
    expect(tidyExcerpt('<mark>安全账户</mark>. 没有这种东西。')).toBe(
      '<mark>安全账户</mark> 没有这种东西。',
    );
  });
  it('marks an excerpt cut mid-sentence with an ellipsis, not one that ends a sentence', () => {
    expect(tidyExcerpt('根据同类典型案件改编，人物为化')).toBe('根据同类典型案件改编，人物为化…');
    expect(tidyExcerpt('人物为化名。')).toBe('人物为化名。');
    expect(tidyExcerpt('拨打 110')).toBe('拨打 110');
  });
  it('reads the last character through a closing mark, and ends a cut excerpt with one', () => {
    expect(tidyExcerpt('人物为<mark>化名</mark>')).toBe('人物为<mark>化名</mark>…');
    expect(tidyExcerpt('不要<mark>转账</mark>。')).toBe('不要<mark>转账</mark>。');
  });
  it('drops a block dot at the very end and any run of spaces after one, and trims', () => {
    expect(tidyExcerpt('一眼识别.')).toBe('一眼识别…');
    expect(tidyExcerpt('一眼识别.   要你转账。')).toBe('一眼识别 要你转账。');
    expect(tidyExcerpt('  别转钱。 ')).toBe('别转钱。');
  });
  it('keeps a mark that opens between a character and the block dot', () => {
    expect(tidyExcerpt('识别<mark>. 安全账户</mark>。')).toBe('识别<mark> 安全账户</mark>。');
  });
  it('leaves Latin text and decimals alone', () => {
    expect(tidyExcerpt('App 3.5 版本. Next')).toBe('App 3.5 版本 Next');
    expect(tidyExcerpt('v1.2 test')).toBe('v1.2 test');
  });
});

describe('mergeHits', () => {
  it('ranks pages found by more words first, then by summed score', () => {
    const merged = mergeHits([
      [
        { id: 'a', score: 5 },
        { id: 'b', score: 9 },
      ],
      [{ id: 'a', score: 1 }],
      [{ id: 'c', score: 20 }],
    ]);
    expect(merged.map((h) => h.id)).toEqual(['a', 'c', 'b']);
  });
  it('between pages found by as many words, the higher summed score first', () => {
    const merged = mergeHits([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 6 },
      ],
      [
        { id: 'a', score: 9 },
        { id: 'b', score: 1 },
      ],
    ]);
    expect(merged.map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('queryWords', () => {
  it('uses the segmenter when there is one and drops one-character words', () => {
    const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const words = queryWords('警察打电话说我涉嫌洗钱', seg);
    expect(words).toContain('警察');
    expect(words).toContain('洗钱');
    expect(words.every((w) => Array.from(w).length >= 2)).toBe(true);
  });
  it('leaves out what the segmenter says is not a word (punctuation, symbols)', () => {
    const seg = {
      segment: () => [
        { segment: '安全', isWordLike: true },
        { segment: '……', isWordLike: false },
        { segment: '账户', isWordLike: true },
        { segment: '——', isWordLike: false },
      ],
    };
    expect(queryWords('安全……账户——', seg)).toEqual(['安全', '账户']);
  });
  it('falls back to spaces without a segmenter', () => {
    expect(queryWords('安全 账户 我 安全')).toEqual(['安全', '账户']);
  });
});

describe('searchTerms', () => {
  /** A stand-in segmenter: the text split where the test marks it with "|". */
  const marked = {
    segment: (text: string) =>
      text.split('|').map((segment) => ({ segment, isWordLike: !/^[，。 ]$/.test(segment) })),
  };
  it('hands Pagefind a short query as typed, with its words', () => {
    const terms = searchTerms('杀猪|盘', marked);
    expect(terms).toEqual({ query: '杀猪|盘', words: ['杀猪'] });
    expect(searchTerms('安全|账户', marked).query).toBe('安全|账户');
  });

  it("asks for at most MAX_SEARCH_WORDS words of a long text, fillers left out, longer words first, in the reader's order", () => {
    const text = '您好|，|有人|让|我|刷单|，|说|先|垫付|后|返利|，|一天|能|赚|三百块';
    const terms = searchTerms(text, marked);
    expect(MAX_SEARCH_WORDS).toBe(4);
    // 您好 and 有人 are fillers; 三百块 (3 characters) goes before the two-character words; then
    // the earliest two-character words; all in the order the reader wrote them.
    expect(terms.words).toEqual(['刷单', '垫付', '返利', '三百块']);
    expect(terms.query).toBe('刷单 垫付 返利 三百块');
  });

  it('four words with punctuation between them are still a short query, as typed', () => {
    const terms = searchTerms('安全|，|账户|，|转账|。|验证码', marked);
    expect(terms.query).toBe('安全|，|账户|，|转账|。|验证码');
    expect(terms.words).toEqual(['安全', '账户', '转账', '验证码']);
  });

  it('of many words as long as each other, the first four the reader wrote', () => {
    const terms = searchTerms('安全|账户|转账|汇款|验证|密码', marked);
    expect(terms.words).toEqual(['安全', '账户', '转账', '汇款']);
  });

  it('leaves out the fillers of a sentence, whichever they are', () => {
    const terms = searchTerms('没有|办法|怎么办|是不是|被骗|刚刚|转账', marked);
    expect(terms.words).toEqual(['办法', '被骗', '转账']);
  });

  it('keeps fillers when a long text has nothing else', () => {
    const terms = searchTerms('您好|，|我们|，|你们|，|他们|，|她们', marked);
    expect(terms.words).toEqual(['您好', '我们', '你们', '他们']);
  });

  it('a long text of one-character words goes to Pagefind as typed', () => {
    expect(searchTerms('我|的|你|他|她|它', marked)).toEqual({
      query: '我|的|你|他|她|它',
      words: [],
    });
  });

  it('a real segmenter: a pasted SMS becomes four words', () => {
    const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const sms =
      '【京东客服】您好，您的百万保障服务即将到期，每月将扣费800元，如需关闭请联系客服办理。';
    const terms = searchTerms(sms, seg);
    expect(terms.words).toHaveLength(MAX_SEARCH_WORDS);
    expect(terms.words).not.toContain('您好');
    expect(terms.words.every((w) => sms.includes(w))).toBe(true);
  });
});

describe('guidesBeforeTheirCases', () => {
  const g = (name: string) => ({ url: `/guides/${name}/` });
  const c = (name: string, guide: string) => ({
    url: `/cases/${name}/`,
    guideUrl: `/guides/${guide}/`,
  });
  const urls = (list: { url: string }[]) => guidesBeforeTheirCases(list).map((r) => r.url);
  it('moves a guide up to just before the first of its cases', () => {
    expect(urls([c('a', 'x'), g('y'), c('b', 'x'), g('x')])).toEqual([
      '/guides/x/',
      '/cases/a/',
      '/guides/y/',
      '/cases/b/',
    ]);
  });
  it('leaves the order alone when the guide already comes first or is not there', () => {
    expect(urls([g('x'), c('a', 'x')])).toEqual(['/guides/x/', '/cases/a/']);
    expect(urls([c('a', 'x'), g('y')])).toEqual(['/cases/a/', '/guides/y/']);
  });
  it('keeps every result exactly once', () => {
    const list = [c('a', 'x'), c('b', 'x'), g('x'), g('y')];
    expect(urls(list).sort()).toEqual(list.map((r) => r.url).sort());
  });
});
