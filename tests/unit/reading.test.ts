import { describe, expect, it } from 'vitest';
import { chineseVoice } from '../../src/client/read-aloud';
import { runInNewContext } from 'node:vm';
import { parsePrefs, prePaintScript, PREFS_KEY } from '../../src/lib/reading-prefs';

const voice = (lang: string, name = lang) => ({ lang, name }) as SpeechSynthesisVoice;

describe('chineseVoice', () => {
  it('prefers a zh-CN voice, in either spelling', () => {
    expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh_CN', 'android')])?.name).toBe(
      'android',
    );
    expect(chineseVoice([voice('zh-HK'), voice('zh-CN')])?.lang).toBe('zh-CN');
  });
  it('falls back to any Chinese voice, and finds none among others', () => {
    expect(chineseVoice([voice('en-GB'), voice('zh-TW')])?.lang).toBe('zh-TW');
    expect(chineseVoice([voice('cmn-Hans-CN')])?.lang).toBe('cmn-Hans-CN');
    expect(chineseVoice([voice('en-US'), voice('ja-JP')])).toBeUndefined();
    expect(chineseVoice([])).toBeUndefined();
  });
});

describe('parsePrefs', () => {
  it('keeps its storage key, so a reader’s choice survives an update of the site', () => {
    expect(PREFS_KEY).toBe('bingcheng-reading');
  });
  it('reads the saved choice', () => {
    expect(parsePrefs('{"size":"xlarge","contrast":"high"}')).toEqual({
      size: 'xlarge',
      contrast: 'high',
    });
    expect(parsePrefs('{"size":"large"}')).toEqual({ size: 'large' });
  });
  it('falls back to no choice on nothing saved, broken JSON or a non-object', () => {
    expect(parsePrefs(null)).toEqual({});
    expect(parsePrefs('{oops')).toEqual({});
    expect(parsePrefs('null')).toEqual({});
    expect(parsePrefs('"large"')).toEqual({});
  });
  it('drops values it does not know, keeping the ones it does', () => {
    expect(parsePrefs('{"size":"huge","contrast":"high"}')).toEqual({ contrast: 'high' });
    expect(parsePrefs('{"size":"large","contrast":1}')).toEqual({ size: 'large' });
  });
});

/** Runs the served pre-paint script against a stand-in page and returns the attributes it set. */
function prePaint(
  saved: string | null,
  systemHighContrast = false,
  storageThrows = false,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  runInNewContext(prePaintScript(), {
    document: {
      documentElement: {
        setAttribute: (name: string, value: string) => (attributes[name] = value),
      },
    },
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === PREFS_KEY ? saved : null;
      },
    },
    window: { matchMedia: true },
    matchMedia: (query: string) => ({
      matches: systemHighContrast && query === '(prefers-contrast: more)',
    }),
  });
  return attributes;
}

describe('the pre-paint script (/prefs-init.js)', () => {
  it('applies the saved size and contrast under the shared key, and marks the page as scripted', () => {
    expect(prePaint('{"size":"xlarge","contrast":"high"}')).toEqual({
      'data-text-size': 'xlarge',
      'data-contrast': 'high',
      'data-js': '',
    });
  });
  it('ignores unknown values and broken storage', () => {
    expect(prePaint('{"size":"huge","contrast":"weird"}')).toEqual({ 'data-js': '' });
    expect(prePaint('{oops')).toEqual({ 'data-js': '' });
    expect(prePaint(null, false, true)).toEqual({ 'data-js': '' });
  });
  it('leaves the standard size unmarked, as the toolbar does', () => {
    expect(prePaint('{"size":"standard"}')).toEqual({ 'data-js': '' });
    expect(prePaint('{"size":"large"}')).toEqual({ 'data-text-size': 'large', 'data-js': '' });
  });
  it('follows the system contrast setting unless the reader chose normal', () => {
    expect(prePaint(null, true)).toEqual({ 'data-contrast': 'high', 'data-js': '' });
    expect(prePaint('{"contrast":"normal"}', true)).toEqual({ 'data-js': '' });
  });
});
