/**
 * Editorial bars that the schemas cannot express: every guide has substance (at least
 * 1,200 Chinese characters), the scammer's lines, and the do/don't list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const GUIDES = resolve(import.meta.dirname, '../../content/guides');
const files = readdirSync(GUIDES).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));

/** The MDX body (after the frontmatter). */
const body = (file: string) => readFileSync(join(GUIDES, file), 'utf8').split(/^---$/m).slice(2).join('---');
const chineseChars = (text: string) => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;

describe('guides', () => {
  it('there are 16', () => {
    expect(files).toHaveLength(16);
  });
  for (const file of files) {
    it(`${file}: at least 1,200 Chinese characters, 4+ scammer lines, red flags and a do/don't list`, () => {
      const text = body(file);
      expect(chineseChars(text)).toBeGreaterThanOrEqual(1200);
      expect((text.match(/<Line\b/g) ?? []).length).toBeGreaterThanOrEqual(4);
      expect(text).toContain('<RedFlags>');
      expect(text).toContain('<DoDont');
    });
  }
});
