/**
 * The search index as built (src/integrations/pagefind.ts): small index chunks, so a first search
 * fetches a few KB per word (the size is set through a Pagefind setting marked unstable, so this
 * catches a Pagefind release that changes or drops it), and every best bet carries the Pagefind id
 * of its page, so the search page can show it without fetching its data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCaseStudyPath } from '../../src/lib/case-facets';
import type { BetEntry } from '../../src/lib/best-bets';
import { builtJsonFile, DIST, searchablePages } from '../support/dist';

const BUNDLE = join(DIST, 'pagefind');
const KB = 1024;

/** Page address → Pagefind id, read from a bundle's fragments (gzip of "pagefind_dcd" + JSON). */
function fragmentIds(bundle = BUNDLE): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of readdirSync(join(bundle, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(bundle, 'fragment', name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

describe('the Pagefind index', () => {
  it('is in chunks of at most 12 KB, most under 8 KB', () => {
    const sizes = readdirSync(join(BUNDLE, 'index')).map(
      (name) => statSync(join(BUNDLE, 'index', name)).size,
    );
    expect(sizes.length).toBeGreaterThan(40);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12 * KB);
    const small = sizes.filter((s) => s <= 8 * KB).length;
    expect(small / sizes.length).toBeGreaterThan(0.9);
  });

  it('holds the case studies in a bundle of their own, and everything else in the main one', () => {
    const main = [...fragmentIds().keys()];
    const cases = [...fragmentIds(join(BUNDLE, 'cases')).keys()];
    expect(cases.length).toBeGreaterThanOrEqual(32);
    expect(cases.every(isCaseStudyPath)).toBe(true);
    expect(main.filter(isCaseStudyPath)).toEqual([]);
    expect(main).toContain('/guides/shuadan-fanli/');
    expect(main).toContain('/help/');
    // Only the index: the search page brings Pagefind's script and WebAssembly from the main one.
    expect(readdirSync(join(BUNDLE, 'cases')).filter((f) => /\.(js|css)$|^wasm\./.test(f))).toEqual(
      [],
    );
  });

  it.each([
    ['/search/bets.json', BUNDLE],
    ['/search/case-bets.json', join(BUNDLE, 'cases')],
  ])(
    'gives every best bet in %s whose page is searchable the Pagefind id of that page',
    (file, bundle) => {
      const ids = fragmentIds(bundle);
      const bets = builtJsonFile<BetEntry[]>(file);
      const searchable = new Set(searchablePages().map((p) => p.path));
      const indexed = bets.filter((b) => searchable.has(b.url));
      expect(indexed.length).toBeGreaterThan(25);
      for (const bet of indexed) expect(bet.id, bet.url).toBe(ids.get(bet.url));
      // And no id on a page Pagefind does not hold.
      for (const bet of bets.filter((b) => !searchable.has(b.url)))
        expect(bet.id, bet.url).toBeUndefined();
    },
  );

  it('the search page carries no data of its own: it fetches the best bets and the signs', () => {
    const html = readFileSync(join(DIST, 'search/index.html'), 'utf8');
    expect(html).not.toContain('application/json');
    expect(html).toContain('data-bets="/search/bets.json"');
    expect(html).toContain('data-signs="/search/signs.json"');
  });
});
