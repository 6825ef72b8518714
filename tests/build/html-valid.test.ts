/**
 * Every built page is valid HTML (html-validate's "standard" rules: conformance to the HTML
 * standard, not style preferences; config in .htmlvalidate.json). Run over dist/ after the build.
 */
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from './dist';

describe('HTML validity', () => {
  it('no built page has an HTML validation error', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const result of report.results) {
        for (const m of result.messages) {
          errors.push(`${relative(DIST, page)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
