/**
 * Every built page quotes only the hotlines and law articles FACTS.md supports, and every
 * phone link dials 110 or 96110. Runs over dist/, so `npm run build` must come first (npm test does).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsupportedArticles, wrongNumbers } from '../../src/lib/fact-check';

const DIST = resolve(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'pagefind' ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Visible text of a page: scripts, styles and tags removed, entities that matter decoded. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

describe('facts on every built page', () => {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  const pages = htmlFiles(DIST);

  it('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const file of pages) {
    const name = relative(DIST, file);
    it(`${name}: only 110 / 96110 hotlines and supported law articles`, () => {
      const html = readFileSync(file, 'utf8');
      const text = textOf(html);
      expect(wrongNumbers(text), 'phone numbers not in FACTS.md').toEqual([]);
      expect(unsupportedArticles(text), 'law articles not in FACTS.md').toEqual([]);
      const tel = [...html.matchAll(/href="tel:([^"]*)"/g)].map((m) => m[1]);
      expect(tel.filter((n) => n !== '110' && n !== '96110'), 'tel: links').toEqual([]);
    });
  }
});
