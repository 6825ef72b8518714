/**
 * An editor's mistake must stop the build with a message that says which file and which
 * field to fix — never publish a half-right page.
 */
import { describe, expect, it } from 'vitest';
import { buildWith } from './project-copy';

describe('a clean build', () => {
  it('prints no warning a newcomer would take for breakage', () => {
    const result = buildWith({});
    expect(result.status).toBe(0);
    expect(result.output.match(/.*\bWARN\b.*/g) ?? []).toEqual([]);
  }, 120_000);
});

describe('a broken content file fails the build and is named', () => {
  it('a field with a value outside the schema', () => {
    const result = buildWith({ 'content/cases/bad-field.mdx': 'tests/fixtures/broken/bad-field.mdx' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/cases/bad-field.mdx');
    expect(result.output).toMatch(/outcome/);
  }, 120_000);

  it('a reference to a guide that does not exist', () => {
    const result = buildWith({
      'content/cases/missing-guide.mdx': 'tests/fixtures/broken/missing-guide.mdx',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/cases/missing-guide.mdx: field "guide" refers to "no-such-guide"',
    );
  }, 120_000);

  it('a case whose audience its guide does not list: both files named', () => {
    const result = buildWith({
      'content/cases/audience-mismatch.mdx': 'tests/fixtures/broken/audience-mismatch.mdx',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/cases/audience-mismatch.mdx: field "audiences" has "students", but its guide "yanglao-pianju"',
    );
    expect(result.output).toContain('(see content/guides/yanglao-pianju.mdx)');
  }, 120_000);

  it('a case without one of its fixed sections', () => {
    const result = buildWith({
      'content/cases/missing-section.mdx': 'tests/fixtures/broken/missing-section.mdx',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/cases/missing-section.mdx');
    expect(result.output).toContain('经过 → 破绽 → 警方提示');
  }, 120_000);

  it('a <GuideLink> to a guide that does not exist', () => {
    const result = buildWith({
      'content/cases/bad-guidelink.mdx': 'tests/fixtures/broken/bad-guidelink.mdx',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('<GuideLink slug="no-such-guide"> on /cases/bad-guidelink/');
    expect(result.output).toContain('content/guides/no-such-guide.mdx');
  }, 120_000);

  it('a <CaseLink> to a case that does not exist', () => {
    const result = buildWith({
      'content/cases/bad-caselink.mdx': 'tests/fixtures/broken/bad-caselink.mdx',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('<CaseLink slug="no-such-case"> on /cases/bad-caselink/');
  }, 120_000);

  it('a malformed line in the song’s LRC lyrics, named by file and line', () => {
    const result = buildWith({
      'content/song/jiushi-buzhuanqian.md': 'tests/fixtures/broken/song-bad-lyrics.md',
      'content/song/bad-lyrics.lrc': 'tests/fixtures/broken/bad-lyrics.lrc',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/song/bad-lyrics.lrc:3:');
    expect(result.output).toContain('第二句漏了时间');
  }, 120_000);

  it('a song recording named in the frontmatter that is not there', () => {
    const result = buildWith({
      'content/song/jiushi-buzhuanqian.md': 'tests/fixtures/broken/song-missing-audio.md',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/song/jiushi-buzhuanqian.md: field "audio" names no-such-recording.mp3');
  }, 120_000);
});
