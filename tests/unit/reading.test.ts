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

interface StandIn {
  /** The attributes the script left on <html>. */
  attributes: Record<string, string>;
  /** Dispatches an error event, as the browser does at the window in the capture phase. */
  fail: (target: object) => void;
  /** Fires the window's load event. */
  load: () => void;
  /** The service worker registrations asked for, as [script, scope]. */
  registered: [string, string][];
}

const ORIGIN = 'https://fanzha.example.cn';

/** Runs the served pre-paint script against a stand-in page. */
function standIn(
  saved: string | null,
  { systemHighContrast = false, storageThrows = false, modules = true, workers = true } = {},
): StandIn {
  const attributes: Record<string, string> = {};
  const listeners: ((e: { target: object }) => void)[] = [];
  const onLoad: (() => void)[] = [];
  const registered: [string, string][] = [];
  const serviceWorker = {
    register: (script: string, { scope }: { scope: string }) => {
      registered.push([script, scope]);
      return Promise.reject(new Error('refused (private mode)'));
    },
  };
  runInNewContext(prePaintScript(), {
    document: {
      documentElement: {
        setAttribute: (name: string, value: string) => (attributes[name] = value),
        removeAttribute: (name: string) => delete attributes[name],
      },
      createElement: () => (modules ? { noModule: false } : {}),
    },
    location: { protocol: 'https:', host: 'fanzha.example.cn' },
    navigator: workers ? { serviceWorker } : {},
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === PREFS_KEY ? saved : null;
      },
    },
    window: {
      matchMedia: true,
      addEventListener: (
        type: string,
        listener: (e: { target: object }) => void,
        capture: boolean,
      ) =>
        void (type === 'error' && capture
          ? listeners.push(listener)
          : type === 'load' && onLoad.push(() => listener({ target: {} }))),
    },
    matchMedia: (query: string) => ({
      matches: systemHighContrast && query === '(prefers-contrast: more)',
    }),
  });
  return {
    attributes,
    fail: (target) => listeners.forEach((l) => l({ target })),
    load: () => onLoad.forEach((l) => l()),
    registered,
  };
}

const prePaint = (saved: string | null, systemHighContrast = false, storageThrows = false) =>
  standIn(saved, { systemHighContrast, storageThrows }).attributes;

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
  it('leaves the page as without JavaScript where module scripts cannot run', () => {
    expect(standIn('{"size":"large"}', { modules: false }).attributes).toEqual({
      'data-text-size': 'large',
    });
  });
  it('takes the mark back when one of the site’s own scripts fails to load, and only then', () => {
    const page = standIn(null);
    page.fail({ tagName: 'IMG', src: `${ORIGIN}/favicon.svg` });
    page.fail({ tagName: 'SCRIPT', src: 'https://other.example/injected.js' });
    page.fail({ tagName: 'SCRIPT', src: 'https://fanzha.example.cn.evil.example/x.js' });
    page.fail({});
    expect(page.attributes).toEqual({ 'data-js': '' });
    page.fail({ tagName: 'SCRIPT', src: `${ORIGIN}/_astro/search.js` });
    expect(page.attributes).toEqual({});
  });
  it('registers the offline worker for the whole site once the page has loaded, where there is one', async () => {
    const page = standIn(null);
    expect(page.registered).toEqual([]);
    page.load();
    expect(page.registered).toEqual([['/sw.js', '/']]);
    // A refusal (private mode, storage off) is no error on the page: no unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const none = standIn(null, { workers: false });
    none.load();
    expect(none.registered).toEqual([]);
    expect(none.attributes).toEqual({ 'data-js': '' });
  });
});
