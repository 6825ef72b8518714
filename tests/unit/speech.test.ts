import { describe, expect, it } from 'vitest';
import { phoneDigits, speechText } from '../../src/lib/speech';

describe('read-aloud speech text', () => {
  it('reads the hotlines digit by digit, 1 as 幺, as on the phone', () => {
    expect(phoneDigits('110')).toBe('幺幺零');
    expect(phoneDigits('96110')).toBe('九六幺幺零');
    expect(phoneDigits('0451-96110')).toBe('零四五幺，九六幺幺零');
    expect(speechText('已经被骗，马上拨打110报警；拿不准，拨打 96110 咨询。')).toBe(
      '已经被骗，马上拨打幺幺零报警；拿不准，拨打 九六幺幺零 咨询。',
    );
    expect(speechText('来电显示 0451-96110，一定要接')).toBe(
      '来电显示 零四五幺，九六幺幺零，一定要接',
    );
  });
  it('leaves amounts, years and other numbers as they are', () => {
    expect(speechText('转了1100元，2024年，第110天？1.10万，110元')).toBe(
      '转了1100元，2024年，第110天？1.10万，110元',
    );
    expect(speechText('损失 3110 元，11000 元')).toBe('损失 3110 元，11000 元');
    // A space between the number and its unit changes nothing.
    expect(speechText('转了 110 元，拨打 110 报警')).toBe('转了 110 元，拨打 幺幺零 报警');
  });
  it('reads a hotline at the very start or end of the text too', () => {
    expect(speechText('110，马上打')).toBe('幺幺零，马上打');
    expect(speechText('拿不准就打96110')).toBe('拿不准就打九六幺幺零');
  });
  it('collapses whitespace', () => {
    expect(speechText('  一眼\n\n识别  ')).toBe('一眼 识别');
  });
});
