import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, queryFromUrl } from '../../src/lib/search';

describe('queryFromUrl', () => {
  it('reads ?q= and trims it', () => {
    expect(queryFromUrl('?q=%20%E5%AE%89%E5%85%A8%E8%B4%A6%E6%88%B7%20')).toBe('安全账户');
  });
  it('collapses runs of white space', () => {
    expect(queryFromUrl('?q=警察%0A%0A打电话')).toBe('警察 打电话');
  });
  it('returns an empty string when there is no query', () => {
    expect(queryFromUrl('')).toBe('');
    expect(queryFromUrl('?x=1')).toBe('');
  });
  it('keeps markup as plain text (it is never parsed as HTML)', () => {
    expect(queryFromUrl(`?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
  it('cuts very long input by characters, not bytes', () => {
    const long = '诈'.repeat(MAX_QUERY_LENGTH + 50);
    expect(queryFromUrl(`?q=${encodeURIComponent(long)}`)).toBe('诈'.repeat(MAX_QUERY_LENGTH));
  });
});
