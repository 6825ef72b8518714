/** Each group's page has substance beyond its printable pieces. */
import { describe, expect, it } from 'vitest';
import { chineseChars, readCollection } from '../support/content-files';

const audiences = readCollection('audiences');

describe('audience pages', () => {
  it('there are nine', () => {
    expect(audiences.map((a) => a.id).sort()).toEqual([
      'business-owners',
      'elderly',
      'finance-staff',
      'investors',
      'medical-staff',
      'singles',
      'students',
      'teachers',
      'warned',
    ]);
  });
  for (const { file, body, data } of audiences) {
    it(`${file}: at least 800 Chinese characters outside the printable pieces, and 2+ guides`, () => {
      const outside = body.replace(/<Printable[\s\S]*?<\/Printable>/g, '');
      expect(chineseChars(outside)).toBeGreaterThanOrEqual(800);
      expect((data['guides'] as string[]).length).toBeGreaterThanOrEqual(2);
      expect(body).toContain('<Printable');
    });
  }
});
