/**
 * Every built page quotes only the hotlines and law articles FACTS.md supports, and every
 * phone link dials 110 or 96110. Runs over dist/, so `npm run build` must come first (npm test does).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsupportedArticles, wrongNumbers } from '../../src/lib/fact-check';
import { builtPages, DIST } from './dist';

/** Visible text of a page: scripts, styles and tags removed, entities that matter decoded. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

describe('facts on every built page', () => {
  const pages = builtPages();

  it('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const file of pages) {
    const name = relative(DIST, file);
    it(`${name}: only 110 / 96110 hotlines, supported law articles, no raw Markdown`, () => {
      const html = readFileSync(file, 'utf8');
      const text = textOf(html);
      expect(wrongNumbers(text), 'phone numbers not in FACTS.md').toEqual([]);
      expect(unsupportedArticles(text), 'law articles not in FACTS.md').toEqual([]);
      expect(text.match(/.{0,12}\*\*.{0,12}/g) ?? [], 'Markdown bold left unrendered').toEqual([]);
      const tel = [...html.matchAll(/href="tel:([^"]*)"/g)].map((m) => m[1]);
      expect(tel.filter((n) => n !== '110' && n !== '96110'), 'tel: links').toEqual([]);
    });
  }
});
