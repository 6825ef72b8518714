import { describe, expect, it } from 'vitest';
import { contactHref, LOCAL_URL, placeholderAddresses, readSettings, releaseUrlProblem } from '../../src/settings';

describe('site settings', () => {
  it('are empty by default, so nothing is shown', () => {
    expect(readSettings({}, new Date('2026-12-03T08:00:00Z'))).toEqual({
      url: LOCAL_URL,
      contact: '',
      operator: '',
      icp: '',
      buildDate: '2026-12-03',
    });
    expect(readSettings({ SITE_CONTACT: '  ' }).contact).toBe('');
  });
  it('take an e-mail address or an https page as the contact for corrections', () => {
    expect(readSettings({ SITE_CONTACT: ' fanzha@example.org ' }).contact).toBe('fanzha@example.org');
    expect(contactHref('fanzha@example.org')).toBe('mailto:fanzha@example.org');
    expect(contactHref('https://example.org/feedback/')).toBe('https://example.org/feedback/');
  });
  it('refuse a malformed contact, naming the variable', () => {
    expect(() => readSettings({ SITE_CONTACT: 'call us' })).toThrow(/SITE_CONTACT="call us"/);
    expect(() => readSettings({ SITE_CONTACT: 'http://example.org' })).toThrow(/SITE_CONTACT/);
    expect(() => readSettings({ SITE_CONTACT: 'javascript:alert(1)' })).toThrow(/SITE_CONTACT/);
  });
  it('keep the operator and ICP number as given', () => {
    const s = readSettings({ SITE_OPERATOR: '哈尔滨市公安局', SITE_ICP: '黑ICP备00000000号' });
    expect(s).toMatchObject({ operator: '哈尔滨市公安局', icp: '黑ICP备00000000号' });
  });
});

describe('the build date (BUILD_DATE), which decides current alerts and the calendar’s month', () => {
  it('is today in Beijing time when unset, wherever the build runs', () => {
    // 2026-12-03 20:00 UTC is already 4 December in Beijing.
    expect(readSettings({}, new Date('2026-12-03T20:00:00Z')).buildDate).toBe('2026-12-04');
    expect(readSettings({}, new Date('2026-12-03T15:59:00Z')).buildDate).toBe('2026-12-03');
  });
  it('can be fixed, for tests and for rebuilding a past day', () => {
    expect(readSettings({ BUILD_DATE: ' 2027-01-20 ' }).buildDate).toBe('2027-01-20');
  });
  it('refuses anything but a real day written YYYY-MM-DD, naming the variable', () => {
    for (const bad of ['2027-1-20', '20.01.2027', '2027-02-30', 'today']) {
      expect(() => readSettings({ BUILD_DATE: bad }), bad).toThrow(/BUILD_DATE/);
    }
  });
});

describe('the site address', () => {
  it('defaults to what npm start serves, and drops a trailing slash', () => {
    expect(readSettings({}).url).toBe('http://localhost:4321');
    expect(readSettings({ SITE_URL: 'https://fanzha.hrb.gov.cn/' }).url).toBe('https://fanzha.hrb.gov.cn');
  });
  it('refuses an address with a path or no scheme, naming the variable', () => {
    expect(() => readSettings({ SITE_URL: 'fanzha.hrb.gov.cn' })).toThrow(/SITE_URL/);
    expect(() => readSettings({ SITE_URL: 'https://a.cn/fanzha/' })).toThrow(/SITE_URL/);
  });
  it('a release needs a real https address, never a placeholder or this machine', () => {
    expect(releaseUrlProblem(undefined)).toMatch(/SITE_URL is not set/);
    expect(releaseUrlProblem('')).toMatch(/SITE_URL is not set/);
    expect(releaseUrlProblem('http://fanzha.hrb.gov.cn')).toMatch(/https/);
    expect(releaseUrlProblem('https://fanzha.example.cn')).toMatch(/placeholder/);
    expect(releaseUrlProblem('https://www.example.com')).toMatch(/placeholder/);
    expect(releaseUrlProblem('https://localhost:4321')).toMatch(/placeholder/);
    expect(releaseUrlProblem('https://127.0.0.1')).toMatch(/placeholder/);
    expect(releaseUrlProblem('https://fanzha.hrb.gov.cn')).toBeNull();
    expect(releaseUrlProblem('https://examples.org')).toBeNull();
  });
  it('finds placeholder addresses in built text', () => {
    const html = '<a href="https://fanzha.example.cn/help/">x</a> http://localhost:4321/ https://fanzha.hrb.gov.cn/ https://example.org';
    expect(placeholderAddresses(html)).toEqual(['https://fanzha.example.cn', 'http://localhost:4321', 'https://example.org']);
  });
});
