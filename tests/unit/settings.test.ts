import { describe, expect, it } from 'vitest';
import { contactHref, readSettings } from '../../src/settings';

describe('site settings', () => {
  it('are empty by default, so nothing is shown', () => {
    expect(readSettings({})).toEqual({ contact: '', operator: '', icp: '' });
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
