/**
 * Editorial bars that the schemas cannot express: every guide has substance (at least
 * 1,200 Chinese characters), the scammer's lines, red flags and the do/don't list.
 */
import { describe, expect, it } from 'vitest';
import { chineseChars, readCollection } from '../support/content-files';

const guides = readCollection('guides');

describe('guides', () => {
  it('there are 16', () => {
    expect(guides).toHaveLength(16);
  });
  for (const { file, body } of guides) {
    it(`${file}: at least 1,200 Chinese characters, 4+ scammer lines, red flags and a do/don't list`, () => {
      expect(chineseChars(body)).toBeGreaterThanOrEqual(1200);
      expect((body.match(/<Line\b/g) ?? []).length).toBeGreaterThanOrEqual(4);
      expect(body).toContain('<RedFlags>');
      expect(body).toContain('<DoDont');
    });
  }
});
