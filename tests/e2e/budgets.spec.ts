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
import { guidePages } from './site';

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

test('text and styles come first: every script a page loads is fetched at low priority, but the pre-paint one', async ({
  browser,
  productionSite,
}) => {
  // The page types a reader lands on, each with its own scripts and the chunks they share.
  const paths = ['/', guidePages()[0]!, '/search/', '/check/', '/quiz/', '/help/'];
  const early: string[] = [];
  let scripts = 0;
  for (const path of paths) {
    // No service worker: its own fetches of the same files are not the page's.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const seen: { url: string; priority: string }[] = [];
    cdp.on('Network.requestWillBeSent', ({ request, type }) => {
      if (type === 'Script')
        seen.push({ url: new URL(request.url).pathname, priority: request.initialPriority });
    });
    await page.goto(productionSite.url + path, { waitUntil: 'networkidle' });
    await context.close();
    // /prefs-init.js sets the reader's text size and contrast before the first paint: it must block.
    const own = seen.filter((s) => s.url !== '/prefs-init.js' && !s.url.startsWith('/pagefind/'));
    scripts += own.filter((s) => s.url.startsWith('/_astro/')).length;
    early.push(
      ...own.filter((s) => s.priority !== 'Low').map((s) => `${path} ${s.url} ${s.priority}`),
    );
  }
  expect(scripts, 'scripts seen at all').toBeGreaterThan(paths.length);
  expect(early).toEqual([]);
});
