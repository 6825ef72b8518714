/**
 * Every built page is valid HTML (html-validate's "standard" rules: conformance to the HTML
 * standard, not style preferences; config in .htmlvalidate.json), and the W3C's own Nu HTML
 * Checker (npm vnu-jar, run with Java) agrees. Run over dist/ after the build.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../support/dist';

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

describe('the W3C Nu HTML Checker', () => {
  it('reports no error on any built page', () => {
    const jar = resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', DIST],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (run.error) {
      throw new Error(
        `The Nu HTML Checker needs Java: ${run.error.message}. Install a Java runtime ` +
          '(Debian: apt-get install -y default-jre-headless; .ci/run does this).',
      );
    }
    const report = JSON.parse(run.stdout || run.stderr) as {
      messages: { type: string; url?: string; lastLine?: number; message: string }[];
    };
    const errors = report.messages
      .filter((m) => m.type === 'error')
      .map(
        (m) =>
          `${relative(DIST, (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? 0} ${m.message}`,
      );
    expect(errors).toEqual([]);
  }, 120_000);
});
