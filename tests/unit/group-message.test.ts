import { describe, expect, it } from 'vitest';
import { charCount, GROUP_MESSAGE_MAX, groupMessage } from '../../src/lib/group-message';

const parts = {
  label: '冰城反诈提醒',
  title: '双十一、双十二：当心“客服”退款和低价链接',
  sign: '“客服”要你共享屏幕、转钱，或要你离开平台付款。',
  action: '挂断，到购物App里查订单；只在平台里付款',
  url: 'https://fanzha.example.gov.cn/alerts/shuangshiyi-kefu/',
};

describe('the group message (复制群消息)', () => {
  it('says the sign, what to do and the page’s address, which comes last', () => {
    const message = groupMessage(parts)!;
    expect(message).toBe(
      '【冰城反诈提醒】“客服”要你共享屏幕、转钱，或要你离开平台付款。' +
        '挂断，到购物App里查订单；只在平台里付款。详情：' +
        'https://fanzha.example.gov.cn/alerts/shuangshiyi-kefu/',
    );
    expect(message.endsWith(parts.url)).toBe(true);
  });
  it('is at most 120 characters, the address included', () => {
    expect(GROUP_MESSAGE_MAX).toBe(120);
    expect(charCount(groupMessage(parts)!)).toBeLessThanOrEqual(120);
  });
  it('keeps the title where there is room', () => {
    const short = { ...parts, url: 'https://a.cn/alerts/x/' };
    expect(groupMessage(short)).toBe(
      '【冰城反诈提醒】双十一、双十二：当心“客服”退款和低价链接：' +
        '“客服”要你共享屏幕、转钱，或要你离开平台付款。' +
        '挂断，到购物App里查订单；只在平台里付款。详情：https://a.cn/alerts/x/',
    );
  });
  it('drops the title, then the label, before giving up', () => {
    const long = { ...parts, url: `https://a.cn/${'x'.repeat(55)}/` };
    expect(groupMessage({ ...parts, url: `https://a.cn/${'x'.repeat(40)}/` })!).toMatch(
      /^【冰城反诈提醒】“客服”/,
    );
    expect(groupMessage(long)!.startsWith('“客服”')).toBe(true);
    expect(groupMessage({ ...parts, sign: '信'.repeat(80) })).toBeUndefined();
  });
  it('ends each sentence with one 。 whatever the editor wrote', () => {
    const message = groupMessage({ ...parts, sign: '要你转钱！', action: '挂断。 ' })!;
    expect(message).toContain('要你转钱。挂断。详情：');
    const loud = groupMessage({
      ...parts,
      label: 'L',
      title: ' 当心 ',
      sign: '  要你转钱！！',
      action: '挂断',
    })!;
    expect(loud.startsWith('【L】当心：要你转钱。挂断。')).toBe(true);
  });
  it('a message of exactly the limit fits', () => {
    const whole = groupMessage(parts, 1000)!;
    expect(groupMessage(parts, charCount(whole))).toBe(whole);
    expect(groupMessage(parts, charCount(whole) - 1)).not.toBe(whole);
  });
  it('counts characters as a reader does: one per Chinese character or emoji', () => {
    expect(charCount('防骗👍')).toBe(3);
  });
});
