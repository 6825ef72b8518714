import { describe, expect, it } from 'vitest';
import {
  checkText,
  fold,
  GAP,
  markedPieces,
  MAX_CHECK_LENGTH,
  mergeSpans,
  patternProblem,
  phraseProblem,
  phraseSource,
  toMatcher,
  type Matcher,
} from '../../src/lib/signals';

const sign = (phrases: string[], over: Partial<Parameters<typeof toMatcher>[0]> = {}) => ({
  phrases,
  patterns: [],
  reason: '理由',
  strong: false,
  ...over,
});

const matchers: Matcher[] = [
  toMatcher(sign(['安全账户'], { strong: true }), ['gongjianfa']),
  toMatcher(sign(['涉嫌洗钱', '涉嫌*案']), ['gongjianfa']),
  toMatcher(sign(['刷单', '做任务*返']), ['shuadan']),
  toMatcher(sign(['垫付']), ['shuadan']),
  toMatcher(sign(['把验证码', '验证码发给'], { strong: true }), ['kefu', 'pingmu'], '索要验证码'),
  toMatcher(sign([], { patterns: ['https?://\\S+'] }), [], '链接'),
];
const order = ['gongjianfa', 'kefu', 'pingmu', 'shuadan'];
const check = (text: string) => checkText(text, matchers, order);
const found = (text: string) =>
  check(text).findings.map((f) => f.spans.map(([a, b]) => text.slice(a, b)));

describe('fold', () => {
  it('drops spaces, punctuation, symbols, emoji and zero-width marks, and lowers case', () => {
    expect(fold('安 全，账\u200b户！😀 QQ').text).toBe('安全账户qq');
  });
  it('treats variant characters as one: 帐户 = 账户', () => {
    expect(fold('安全帐户').text).toBe(fold('安全账户').text);
  });
  it('folds full-width Latin and digits (NFKC)', () => {
    expect(fold('ＱＱ１２３').text).toBe('qq123');
  });
  it('remembers where each kept character came from', () => {
    const { text, from } = fold('安 全');
    expect(text).toBe('安全');
    expect(from).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
  it('keeps the positions of characters outside the basic plane', () => {
    const { text, from } = fold('😀𠮷a');
    expect(text).toBe('𠮷a');
    expect(from).toEqual([
      [2, 4],
      [2, 4],
      [4, 5],
    ]);
  });
});

describe('phrases and patterns as editors write them', () => {
  it('a phrase becomes a pattern on folded text; * allows up to GAP characters', () => {
    const re = new RegExp(phraseSource('转到 * 账户'), 'u');
    expect(re.test('转到我们的安全账户')).toBe(true);
    expect(re.test(`转到${'字'.repeat(GAP)}账户`)).toBe(true);
    expect(re.test(`转到${'字'.repeat(GAP + 1)}账户`)).toBe(false);
  });
  it('regular-expression characters in a phrase are punctuation: ignored, never operators', () => {
    expect(new RegExp(phraseSource('a.b'), 'u').test('axb')).toBe(false);
    expect(new RegExp(phraseSource('(安全)|账户'), 'u').test('账户')).toBe(false);
    expect(new RegExp(phraseSource('(安全)|账户'), 'u').test('安全账户')).toBe(true);
  });
  it('rejects phrases too short to mean anything, and a * at either end', () => {
    expect(phraseProblem('安')).toContain('至少要有两个字');
    expect(phraseProblem('！？')).toContain('至少要有两个字');
    expect(phraseProblem('*账户')).toContain('*');
    expect(phraseProblem('转到*')).toContain('*');
    expect(phraseProblem('转到**账户')).toContain('*');
    expect(phraseProblem('转到*账户')).toBeUndefined();
    expect(phraseProblem('验证码')).toBeUndefined();
  });
  it('rejects a broken pattern, naming it, one that matches empty text, and a lookbehind', () => {
    expect(patternProblem('https?://(')).toContain('https?://(');
    expect(patternProblem('a*')).toContain('空文字');
    expect(patternProblem('(?<!不)刷单')).toContain('后行断言');
    expect(patternProblem('(?<=要)刷单')).toContain('后行断言');
    expect(patternProblem('https?://')).toBeUndefined();
  });
  it('accepts a two-character phrase; a lone character with a * is too short, not misplaced', () => {
    expect(phraseProblem('刷单')).toBeUndefined();
    expect(phraseProblem('安*')).toContain('至少要有两个字');
  });
  it('checks a pattern as the page runs it (Unicode mode), and one that matches only nothing', () => {
    // Valid in plain mode, a syntax error with the u flag the checker uses.
    expect(patternProblem('a{')).toContain('不是有效的正则表达式');
    expect(patternProblem('^$')).toContain('空文字');
  });
});

describe('checkText', () => {
  it('finds a phrase however it is spaced or punctuated, and marks it in the original text', () => {
    expect(found('请转到 安 全、账 户。')).toEqual([['安 全、账 户']]);
  });
  it('finds every place a sign shows, in order', () => {
    expect(found('刷单，再刷单')).toEqual([['刷单', '刷单']]);
  });
  it('matches patterns on the text as written, ignoring case', () => {
    expect(found('点 HTTP://x.example/a 领取')).toEqual([['HTTP://x.example/a']]);
  });
  it('names a type from one strong sign or two signs, strongest first', () => {
    const result = check('你涉嫌洗钱，转到安全账户；做任务就返利，先垫付');
    expect(result.likely.map((s) => s.guide)).toEqual(['gongjianfa', 'shuadan']);
    expect(result.likely).toEqual([
      { guide: 'gongjianfa', score: 3, signs: 2 },
      { guide: 'shuadan', score: 2, signs: 2 },
    ]);
    expect(check('转到安全账户').likely.map((s) => s.guide)).toEqual(['gongjianfa']);
  });
  it('a single weak sign only makes a type possible, not likely', () => {
    const result = check('有人让我刷单');
    expect(result.likely).toEqual([]);
    expect(result.possible.map((s) => s.guide)).toEqual(['shuadan']);
  });
  it('a general sign keeps its short name for /check/', () => {
    expect(matchers[4]?.label).toBe('索要验证码');
    expect(matchers[0]?.label).toBeUndefined();
  });
  it('a general sign counts for every type it points to; ties follow the site order', () => {
    const result = check('把验证码告诉我');
    expect(result.likely.map((s) => s.guide)).toEqual(['kefu', 'pingmu']);
  });
  it('ranks the higher score first, wherever its signs come in the list or the text', () => {
    const list = [
      toMatcher(sign(['安全账户'], { strong: true }), ['gongjianfa']),
      toMatcher(sign(['刷单']), ['shuadan']),
      toMatcher(sign(['垫付']), ['shuadan']),
      toMatcher(sign(['返利']), ['shuadan']),
    ];
    const result = checkText('转到安全账户，先垫付再刷单，做任务就返利', list, order);
    expect(result.likely).toEqual([
      { guide: 'shuadan', score: 3, signs: 3 },
      { guide: 'gongjianfa', score: 2, signs: 1 },
    ]);
  });
  it('on equal scores, the type more signs point to comes first', () => {
    const result = check('转到安全账户，先垫付再刷单');
    expect(result.likely.map((s) => [s.guide, s.score, s.signs])).toEqual([
      ['shuadan', 2, 2],
      ['gongjianfa', 2, 1],
    ]);
  });
  it('then the order given breaks the tie, types outside it last', () => {
    const text = '把验证码告诉我';
    const guides = (o: string[]) => checkText(text, matchers, o).likely.map((s) => s.guide);
    expect(guides(['pingmu', 'kefu'])).toEqual(['pingmu', 'kefu']);
    expect(guides(['pingmu'])).toEqual(['pingmu', 'kefu']);
    expect(guides(['kefu'])).toEqual(['kefu', 'pingmu']);
  });
  it('lists the signs in the order they show in the text, and a likely type never as possible', () => {
    const text = '先垫付，再转到安全账户';
    expect(found(text)).toEqual([['垫付'], ['安全账户']]);
    const result = check(text);
    expect(result.likely.map((s) => s.guide)).toEqual(['gongjianfa']);
    expect(result.possible.map((s) => s.guide)).toEqual(['shuadan']);
    expect(check('转到安全账户').possible).toEqual([]);
  });
  it('a pattern that can match empty text still ends, and finds what it does match', () => {
    const loose = toMatcher(sign([], { patterns: ['a*'] }), ['g']);
    const result = checkText('baab', [loose]);
    expect(result.findings[0]?.spans).toEqual([[1, 3]]);
  });
  it('counts a sign once however often it shows', () => {
    expect(check('刷单刷单刷单').possible).toEqual([{ guide: 'shuadan', score: 1, signs: 1 }]);
  });
  it('finds nothing in an ordinary message, and says nothing is likely', () => {
    const result = check('妈，晚上回家吃饭，买了鱼。');
    expect(result.findings).toEqual([]);
    expect(result.likely).toEqual([]);
    expect(result.possible).toEqual([]);
  });
  it('handles empty text, emoji and markup as plain text', () => {
    expect(check('').findings).toEqual([]);
    expect(found('😀😀安全😀账户😀')).toEqual([['安全😀账户']]);
    expect(found('<b>安全账户</b>')).toEqual([['安全账户']]);
  });
  it('checks at most MAX_CHECK_LENGTH characters and says it cut', () => {
    const long = `${'好'.repeat(MAX_CHECK_LENGTH)}安全账户`;
    const result = check(long);
    expect(result.cut).toBe(true);
    expect(Array.from(result.text)).toHaveLength(MAX_CHECK_LENGTH);
    expect(result.findings).toEqual([]);
    expect(check('安全账户').cut).toBe(false);
    expect(check('好'.repeat(MAX_CHECK_LENGTH)).cut).toBe(false);
  });
  it('checks a 5,000-character message whole', () => {
    const text = `${'今天天气不错。'.repeat(700)}转到安全账户`;
    expect(check(text).likely.map((s) => s.guide)).toEqual(['gongjianfa']);
  });
});

describe('marking', () => {
  it('merges overlapping and touching spans', () => {
    expect(
      mergeSpans([
        [5, 8],
        [0, 2],
        [1, 3],
        [3, 4],
      ]),
    ).toEqual([
      [0, 4],
      [5, 8],
    ]);
  });
  it('a span inside a longer one that starts earlier disappears into it', () => {
    expect(
      mergeSpans([
        [2, 3],
        [0, 10],
      ]),
    ).toEqual([[0, 10]]);
  });
  it('cuts the text into plain and marked pieces that join back to the text', () => {
    const text = '请把验证码发给我，转到安全账户';
    const pieces = markedPieces(text, check(text).findings);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['把验证码发给', '安全账户']);
    expect(pieces[0]).toEqual({ text: '请', mark: false });
    expect(pieces[pieces.length - 1]).toEqual({ text: '安全账户', mark: true });
  });
  it('a text that starts with a sign and goes on after it: no empty piece either side', () => {
    const text = '安全账户，转过去';
    expect(markedPieces(text, check(text).findings)).toEqual([
      { text: '安全账户', mark: true },
      { text: '，转过去', mark: false },
    ]);
    expect(markedPieces('妈，回家吃饭', [])).toEqual([{ text: '妈，回家吃饭', mark: false }]);
  });
});

describe('guards', () => {
  const guarded = toMatcher(sign(['安全账户', '出租*银行卡'], { guarded: true, strong: true }), [
    'g',
  ]);
  const plain = toMatcher(sign(['安全账户'], { strong: true }), ['g']);
  const secret = toMatcher(sign(['不要告诉任何人'], { notAfter: ['验证码', '密码'] }), ['g']);
  const likely = (text: string, m: Matcher) => checkText(text, [m]).likely.length > 0;
  it('a guarded sign does not count where the text warns against it', () => {
    expect(likely('不要把钱转到安全账户', guarded)).toBe(false);
    expect(likely('凡是让你转到安全账户的都是骗子', guarded)).toBe(false);
    expect(likely('所谓的安全账户，', guarded)).toBe(false);
    expect(likely('安全账户是骗局', guarded)).toBe(false);
    expect(likely('不出租、不出借银行卡', guarded)).toBe(false);
    expect(likely('谨防冒充公检法要你转账到安全账户', guarded)).toBe(false);
    expect(likely('近期出现冒充公检法的骗局，让你转到安全账户。', guarded)).toBe(false);
    expect(likely('安全账户是陷阱', guarded)).toBe(false);
    expect(likely('本店从来不出租银行卡', guarded)).toBe(false);
    expect(likely('千万不把钱转到安全账户', guarded)).toBe(false);
    expect(likely('千万别往安全账户转钱', guarded)).toBe(false);
  });
  it('a warning in the sentence before or after does not cancel a sign', () => {
    expect(likely('转到安全账户。谨防诈骗', guarded)).toBe(true);
    expect(likely('谨防骗局。转到安全账户', guarded)).toBe(true);
    // 不 counts right before the sign, not at the start of its clause.
    expect(likely('不用怕马上转到安全账户', guarded)).toBe(true);
  });
  it('it still counts where the text asks for it, also beside a warning in another clause', () => {
    expect(likely('请马上把钱转到安全账户', guarded)).toBe(true);
    expect(likely('你别怕，马上转到安全账户', guarded)).toBe(true);
    expect(likely('别人都转了，你也转到安全账户', guarded)).toBe(true);
    expect(likely('把卡出租给我们，一张银行卡五百', guarded)).toBe(true);
    expect(likely('转到安全账户。这不是诈骗', guarded)).toBe(true);
    expect(likely('转到安全账户不是诈骗', guarded)).toBe(true);
    expect(likely('现在骗子多，请转到我们的安全账户', guarded)).toBe(true);
  });
  it('an unguarded sign counts whatever the text around it', () => {
    expect(likely('不要把钱转到安全账户', plain)).toBe(true);
  });
  it('notAfter words cancel a sign only shortly before it, in its clause', () => {
    const count = (text: string) => checkText(text, [secret]).findings.length;
    expect(count('验证码123456，五分钟内有效，不要告诉任何人')).toBe(1);
    expect(count('验证码123456不要告诉任何人')).toBe(0);
    expect(count('这件事不要告诉任何人')).toBe(1);
  });
});
