/**
 * The first search's byte budget (PRODUCT.md: ≤ 150 KB for any query, ≤ 100 KB for one word), as a
 * reader with an empty cache pays it: /search/?q=… opened in a fresh browser, the site served by
 * the shipped nginx config with gzip (tests/e2e/servers.ts), everything the search fetches counted
 * (scripts/lib/first-search.ts: Pagefind's script, WebAssembly, index and the search page's data).
 * `npm run bench` prints the same figures with their parts.
 */
import { expect } from '@playwright/test';
import { FIRST_SEARCH_QUERIES, firstSearch } from '../../scripts/lib/first-search';
import { productionTest as test } from './servers';

const KB = 1024;

test('a first search fetches ≤ 150 KB for any query, ≤ 100 KB for one word, and shows its answer', async ({
  browser,
  productionSite,
}) => {
  test.setTimeout(120_000);
  const over: string[] = [];
  for (const query of FIRST_SEARCH_QUERIES) {
    const cost = await firstSearch(browser, productionSite.url, query);
    const budget = query.kind === 'one word' ? 100 * KB : 150 * KB;
    // Pagefind and its index were really fetched: the figure is not of a search that never ran.
    expect(cost.parts['wasm'], query.q).toBeGreaterThan(20 * KB);
    expect(cost.parts['index'], query.q).toBeGreaterThan(0);
    if (cost.bytes > budget)
      over.push(`${query.kind} “${query.q.slice(0, 12)}”: ${(cost.bytes / KB).toFixed(1)} KB`);
  }
  expect(over).toEqual([]);
});
