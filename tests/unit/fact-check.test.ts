import { describe, expect, it } from 'vitest';
import {
  findArticles,
  findPhoneNumbers,
  unsupportedArticles,
  wrongClaims,
  wrongNumbers,
} from '../../src/lib/fact-check';
import { ANTI_FRAUD_LINE, POLICE } from '../../src/lib/facts';

describe('hotline check', () => {
  it('finds the hotlines FACTS.md gives and accepts them', () => {
    const text =
      '已经被骗，立即拨打110报警。拿不准就打 96110，在哈尔滨显示为0451-96110。12381 预警短信。';
    expect(findPhoneNumbers(text)).toEqual(['110', '96110', '0451-96110', '12381']);
    expect(wrongNumbers(text)).toEqual([]);
  });
  it('flags a wrong or unknown hotline', () => {
    expect(wrongNumbers('请拨打 96100 咨询')).toEqual(['96100']);
    expect(wrongNumbers('急救打120')).toEqual(['120']);
    expect(wrongNumbers('客服电话 95188')).toEqual(['95188']);
    expect(wrongNumbers('回拨 0451-12345678')).toEqual(['0451-12345678']);
  });
  it('looks for a unit only right after the number, not further on', () => {
    expect(findPhoneNumbers('拨打110报警，被骗了3万元')).toEqual(['110']);
  });
  it('a bare number is a hotline’s shape only when it starts with 1 or 9', () => {
    expect(findPhoneNumbers('取件码 5190，房间 3219')).toEqual([]);
    expect(findPhoneNumbers('打 9519 或 1590')).toEqual(['9519', '1590']);
  });
  it('ignores amounts, years, ages and counts', () => {
    expect(
      findPhoneNumbers('第1天转了1800元，第3天又转1万，共9800 元。2023年，60岁，100个赞，15%。'),
    ).toEqual([]);
  });
});

describe('the hotlines every page shows (footer, call strip, share bar)', () => {
  it('are FACTS.md’s 110 and 96110, and pass the site’s own check', () => {
    expect([POLICE, ANTI_FRAUD_LINE]).toEqual(['110', '96110']);
    expect(wrongNumbers(`${POLICE}，${ANTI_FRAUD_LINE}`)).toEqual([]);
  });
});

describe('law article check', () => {
  it('accepts the two articles FACTS.md supports', () => {
    const text =
      '《中华人民共和国反电信网络诈骗法》第三十一条；《中华人民共和国刑法》第二百八十七条之二';
    expect(findArticles(text)).toEqual(['第三十一条', '第二百八十七条之二']);
    expect(unsupportedArticles(text)).toEqual([]);
  });
  it('does not take a numbered list item for a law article', () => {
    expect(findArticles('第一条红旗：要你先垫钱。第二条：不让告诉家人。')).toEqual([]);
  });
  it('catches an article after a law’s name even without book-title marks, or before 规定', () => {
    expect(findArticles('按照反诈法第三十一条，第二条规定')).toEqual(['第三十一条', '第二条']);
  });
  it('reads an article with a two-character 之 part whole', () => {
    expect(findArticles('刑法第一百二十条之十一')).toEqual(['第一百二十条之十一']);
  });
  it('looks for the law only just before the article, and for 规定 only right after it', () => {
    // 规定 right after, with or without 的, and no law before.
    expect(findArticles('第二条规定，第三条 的规定')).toEqual(['第二条', '第三条']);
    // A law named after the article, or more than 12 characters before it, does not count.
    expect(findArticles('第一条红旗：要你先垫钱。这是反诈法说的。')).toEqual([]);
    expect(findArticles('反诈法说过很多事情大家一定要记住了第一条红旗')).toEqual([]);
    // 规定 before the article, or further into the sentence after it, does not count either.
    expect(findArticles('规定如下：第一条红旗')).toEqual([]);
    expect(findArticles('第一条是规定动作，第二条红旗不是规定')).toEqual([]);
  });
  it('flags any other article', () => {
    expect(unsupportedArticles('依据刑法第二百六十六条')).toEqual(['第二百六十六条']);
    expect(unsupportedArticles('反诈法第38条')).toEqual(['第38条']);
  });
});

describe('claims an expert review found wrong', () => {
  const ids = (text: string) => wrongClaims(text).map((c) => c.id);
  it('flags every old wording of the fake-96110 rule (the real call shows as 0451-96110)', () => {
    for (const old of [
      '号码前后多出别的数字的“96110”，是假的。',
      '号码前面或后面多出别的数字的“96110”，是假冒的。',
      '来电显示应是“区号加96110”，在哈尔滨是0451-96110。前后多了别的数字，就是假的。',
      '96110前面加了别的数字，是假冒的。',
    ]) {
      expect(ids(old), old).toEqual(['fake-96110-prefix']);
    }
  });
  it('accepts the corrected rule', () => {
    const text =
      '真的96110来电，显示为“96110”，或者“区号+96110”（在哈尔滨是0451-96110）。前面带区号是正常的。' +
      '96110后面还多出数字，或者前面加了“+”“00”这样的国际前缀，才是假冒的。';
    expect(ids(text)).toEqual([]);
  });
  it('flags "police never put warrants online" in the wordings we used', () => {
    for (const old of [
      '公检法从不在网上发这种文书，红章再像也是伪造的。',
      '公检法从不在网上发通缉令、逮捕令，红章再像也是假的。',
      '不会在网上发“逮捕令”，也没有什么“安全账户”。',
      '公检法从来不在网上发通缉令、逮捕令。',
    ]) {
      expect(ids(old), old).toEqual(['no-warrants-online']);
    }
  });
  it('accepts "they never send one to you"', () => {
    expect(ids('公检法不会通过电话、短信、微信、QQ、邮件给你发“逮捕令”“通缉令”。')).toEqual([]);
  });
  it('flags a video call offered as proof of identity, not a warning against it', () => {
    expect(ids('要转钱前，先和他视频确认身份。')).toEqual(['video-call-proof']);
    expect(ids('视频通话已经不能证明对方是谁，AI能换脸、拟声。')).toEqual([]);
  });
  it('quotes the sentence it found', () => {
    const [found] = wrongClaims('别慌。号码前后多出别的数字的“96110”，是假的。后面的话。');
    expect(found?.sentence).toContain('号码前后多出别的数字');
  });
  it('quotes from the start of the sentence, or 40 characters before the claim, to 10 after it', () => {
    expect(
      wrongClaims('别慌。 号码前后多出别的数字的“96110”，是假的。后面的话还有很多很多。')[0]
        ?.sentence,
    ).toBe('号码前后多出别的数字的“96110”，是假的。后面的话还有很多');
    // The claim's match starts at 前, two characters into 号码前后….
    const long = '这一段很长很长很长的话没有句号' + '一直说下去'.repeat(5);
    expect(wrongClaims(`${long}号码前后多出别的数字的“96110”，是假的。`)[0]?.sentence).toBe(
      `${long.slice(-38)}号码前后多出别的数字的“96110”，是假的。`,
    );
  });
});
