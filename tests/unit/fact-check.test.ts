import { describe, expect, it } from 'vitest';
import { findArticles, findPhoneNumbers, unsupportedArticles, wrongNumbers } from '../../src/lib/fact-check';

describe('hotline check', () => {
  it('finds the hotlines FACTS.md gives and accepts them', () => {
    const text = '已经被骗，立即拨打110报警。拿不准就打 96110，在哈尔滨显示为0451-96110。12381 预警短信。';
    expect(findPhoneNumbers(text)).toEqual(['110', '96110', '0451-96110', '12381']);
    expect(wrongNumbers(text)).toEqual([]);
  });
  it('flags a wrong or unknown hotline', () => {
    expect(wrongNumbers('请拨打 96100 咨询')).toEqual(['96100']);
    expect(wrongNumbers('急救打120')).toEqual(['120']);
    expect(wrongNumbers('客服电话 95188')).toEqual(['95188']);
    expect(wrongNumbers('回拨 0451-12345678')).toEqual(['0451-12345678']);
  });
  it('ignores amounts, years, ages and counts', () => {
    expect(findPhoneNumbers('第1天转了1800元，第3天又转1万，共9800 元。2023年，60岁，100个赞，15%。')).toEqual([]);
  });
});

describe('law article check', () => {
  it('accepts the two articles FACTS.md supports', () => {
    const text = '《中华人民共和国反电信网络诈骗法》第三十一条；《中华人民共和国刑法》第二百八十七条之二';
    expect(findArticles(text)).toEqual(['第三十一条', '第二百八十七条之二']);
    expect(unsupportedArticles(text)).toEqual([]);
  });
  it('does not take a numbered list item for a law article', () => {
    expect(findArticles('第一条红旗：要你先垫钱。第二条：不让告诉家人。')).toEqual([]);
  });
  it('catches an article after a law’s name even without book-title marks, or before 规定', () => {
    expect(findArticles('按照反诈法第三十一条，第二条规定')).toEqual(['第三十一条', '第二条']);
  });
  it('flags any other article', () => {
    expect(unsupportedArticles('依据刑法第二百六十六条')).toEqual(['第二百六十六条']);
    expect(unsupportedArticles('反诈法第38条')).toEqual(['第38条']);
  });
});
