import { describe, expect, it } from 'vitest';
import { chineseVoice } from '../../src/scripts/read-aloud';
import { PREFS_KEY, loadPrefs } from '../../src/scripts/reading-controls';

const voice = (lang: string, name = lang) => ({ lang, name }) as SpeechSynthesisVoice;

describe('chineseVoice', () => {
  it('prefers a zh-CN voice, in either spelling', () => {
    expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh_CN', 'android')])?.name).toBe('android');
    expect(chineseVoice([voice('zh-HK'), voice('zh-CN')])?.lang).toBe('zh-CN');
  });
  it('falls back to any Chinese voice, and finds none among others', () => {
    expect(chineseVoice([voice('en-GB'), voice('zh-TW')])?.lang).toBe('zh-TW');
    expect(chineseVoice([voice('cmn-Hans-CN')])?.lang).toBe('cmn-Hans-CN');
    expect(chineseVoice([voice('en-US'), voice('ja-JP')])).toBeUndefined();
    expect(chineseVoice([])).toBeUndefined();
  });
});

describe('loadPrefs', () => {
  const storage = (value: string | null) => ({ getItem: (key: string) => (key === PREFS_KEY ? value : null) });
  it('reads the saved choice', () => {
    expect(loadPrefs(storage('{"size":"xlarge","contrast":"high"}'))).toEqual({ size: 'xlarge', contrast: 'high' });
  });
  it('falls back to no choice on nothing saved, broken JSON or a non-object', () => {
    expect(loadPrefs(storage(null))).toEqual({});
    expect(loadPrefs(storage('{oops'))).toEqual({});
    expect(loadPrefs(storage('null'))).toEqual({});
    expect(loadPrefs(storage('"large"'))).toEqual({});
  });
});
