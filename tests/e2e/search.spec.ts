/**
 * Readers search in their own words; the right page must come up first or near the top. A set of
 * realistic phrasings (tests/fixtures/search-queries.yaml) and every page's title go through the
 * real search box, best bets and Pagefind together. Every alias of every guide is checked against
 * the built best-bets data in tests/build/aliases.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { holdBack } from './hold';
import { firstPaint, layoutShifts, watchLayoutShifts } from './layout-shift';
import { loadQueries, percent, runQueries, summarise } from '../../scripts/lib/search-ranking';
import { searchablePages } from '../support/dist';

/** What the reader sees, in order: best bets first, then the result list. */
const visibleLinks = (page: Page) => page.locator('#search-bets a, #search-results > li h2 a');
/** The search box on /search/, not the one in the header. */
const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox');
const status = (page: Page) => page.getByRole('main').getByRole('status');

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await searchBox(page).fill(query);
  await searchBox(page).press('Enter');
  await expect(status(page)).toContainText(/找到|结果|没有找到/);
}

async function topHrefs(page: Page, n = 3): Promise<string[]> {
  const hrefs = await visibleLinks(page).evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).pathname),
  );
  return hrefs.slice(0, n);
}

test('readers’ own phrasings (tests/fixtures/search-queries.yaml) find their page: ≥ 95 % in the top 3, ≥ 80 % first', async ({
  page,
}) => {
  const queries = loadQueries();
  test.setTimeout(30_000 + queries.length * 1_000);
  const summary = summarise(await runQueries(page, queries));
  const report = `top 3: ${percent(summary.top3, summary.total)}, first: ${percent(summary.first, summary.total)}\nnot in the top 3:\n${summary.misses.join('\n')}`;
  expect(summary.top3 / summary.total, report).toBeGreaterThanOrEqual(0.95);
  expect(summary.first / summary.total, report).toBeGreaterThanOrEqual(0.8);
});

test('every page search can return, searched by its exact title, comes first', async ({ page }) => {
  const titled = searchablePages();
  test.setTimeout(30_000 + titled.length * 1_000);
  const results = await runQueries(
    page,
    titled.map(({ path, title }) => ({ q: title, expect: path })),
  );
  const wrong = results
    .filter((r) => r.links[0] !== r.expect)
    .map((r) => `${r.q} → ${r.links[0] ?? '(nothing)'} (expected ${r.expect})`);
  expect(wrong).toEqual([]);
});

test('a search from the header box on any page lands on the results', async ({ page }) => {
  await page.goto('/guides/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: '搜索' }).fill('安全账户');
  await header.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(searchBox(page)).toHaveValue('安全账户');
  await expect(status(page)).toContainText('找到');
  expect(await topHrefs(page)).toContain('/guides/maochong-gongjianfa/');
});

test('content pages load no search code until the reader searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/guides/shuadan-fanli/');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('ticking a filter narrows the results to that audience', async ({ page }) => {
  await search(page, '转账');
  await page.locator('summary', { hasText: '缩小范围' }).click();
  const filters = page.getByRole('group', { name: /缩小范围/ });
  await expect(filters.getByRole('group', { name: '类型' })).toBeVisible();
  // The count in 找到 N 个…: the list itself shows only the first few.
  const found = async () =>
    Number(/找到 (\d+) 个/.exec((await status(page).textContent()) ?? '')?.[1]);
  const before = await found();
  expect(before).toBeGreaterThan(3);
  await filters.getByRole('checkbox', { name: /财会人员/ }).check();
  await expect(status(page)).toContainText('找到');
  await expect.poll(found).toBeLessThan(before);
});

test('a sentence with no page containing every word still finds related pages', async ({
  page,
}) => {
  // Pagefind is asked for its most telling words (歌曲 骗子 下载 软件): no page has all four.
  await search(page, '听歌曲的时候骗子让我下载软件');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(status(page)).toContainText('部分词');
});

test('case studies are searched when the reader asks, or when nothing else answers; each names its guide', async ({
  page,
}) => {
  const story = '/cases/zhuixing-yanchanghui-menpiao/';
  const caseFetches: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/cases\/|case-bets/.test(r.url())) caseFetches.push(r.url());
  });
  await search(page, '演唱会门票');
  const offer = page.getByRole('button', { name: /也在 \d+ 个典型案例里找一找/ });
  await expect(offer).toBeVisible();
  expect(caseFetches, 'the case studies are not fetched until asked for').toEqual([]);
  await expect(page.locator(`#search-results a[href="${story}"]`)).toHaveCount(0);
  await offer.click();
  const item = page.locator('#search-results > li', { has: page.locator(`a[href="${story}"]`) });
  await expect(item).toBeVisible();
  await expect(item).toContainText('属于：');
  await expect(item.getByRole('link', { name: /追星/ })).toHaveAttribute('href', /^\/guides\//);
  await expect(offer).toBeHidden();

  // 唱歌 is in no guide or main page, only in that story: found without asking.
  await search(page, '唱歌');
  await expect(page.locator(`#search-results a[href="${story}"]`)).toBeVisible();
});

test('markup typed into search is shown as text, never run', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)>';
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto('/search/?q=' + encodeURIComponent(payload));
  await expect(searchBox(page)).toHaveValue(payload);
  await expect(status(page)).toContainText(payload);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test.describe('when Pagefind cannot load (old engine, failed download)', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  });

  test('the page says full-text search needs a newer browser, and still answers from the best bets', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/search/?q=杀猪盘');
    const note = page.locator('#search-fallback');
    await expect(note).toBeVisible();
    await expect(note).toContainText('全文搜索');
    await expect(note.getByRole('link')).toHaveAttribute('href', '/guides/');
    await expect(status(page)).toContainText('杀猪盘');
    expect(await topHrefs(page, 1)).toEqual(['/guides/wangluo-hunlian/']);

    // A new query, and a main page by its own name.
    await searchBox(page).fill('警察说我涉嫌洗钱，让我转到安全账户');
    await searchBox(page).press('Enter');
    await expect(page.locator('#search-bets a').first()).toHaveAttribute(
      'href',
      '/guides/maochong-gongjianfa/',
    );
    await searchBox(page).fill('正在被骗');
    await searchBox(page).press('Enter');
    await expect(page.locator('#search-bets a').first()).toHaveAttribute('href', '/help/');
    await expect(page.locator('#search-results > li')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a query nothing matches says so plainly', async ({ page }) => {
    await page.goto('/search/?q=天气预报');
    await expect(status(page)).toContainText('没有找到');
    await expect(page.locator('#search-bets')).toBeHidden();
  });
});

test('on a slow connection the query, “正在搜索…” and the best bets show before Pagefind has loaded', async ({
  page,
}) => {
  const pagefind = await holdBack(page, '**/pagefind/pagefind.js');
  await page.goto('/search/?q=杀猪盘');
  await expect(searchBox(page)).toHaveValue('杀猪盘');
  await expect(status(page)).toHaveText('正在搜索……');
  await expect(page.locator('#search-bets a').first()).toHaveAttribute(
    'href',
    '/guides/wangluo-hunlian/',
  );
  pagefind.arrive();
  await expect(status(page)).toContainText('找到');
});

test('markup inside indexed page text (titles, excerpts) is shown as text: no element is made, no script runs', async ({
  page,
}) => {
  // Pagefind replaced by a stand-in whose one result carries markup in its title and excerpt,
  // as a page quoting a scam SMS with angle brackets would. Pagefind escapes excerpts; the title
  // comes from page metadata. Either way the page must write them as text.
  const evil = '<img src=x onerror="window.pwned=1">';
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        const result = { id: 'x', score: 1, data: async () => ({
          url: '/guides/liangka/',
          meta: { title: ${JSON.stringify(`标题${evil}`)} },
          excerpt: ${JSON.stringify(`短信说 &lt;img src=x onerror=alert(1)&gt; <mark>点击</mark> ${evil}`)},
        }) };
        export async function options() {}
        export async function init() {}
        export async function filters() { return {}; }
        export async function search() { return { results: [result], filters: {} }; }
      `,
    }),
  );
  await page.goto('/search/?q=点击链接');
  const item = page.locator('#search-results > li').first();
  await expect(item).toContainText('<img src=x onerror="window.pwned=1">');
  await expect(item).toContainText('短信说 <img src=x onerror=alert(1)>');
  await expect(item.locator('mark')).toHaveText('点击');
  expect(await page.locator('#search img, #search script').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
});

test('axe finds no violations on the search page with results and filters showing', async ({
  page,
}) => {
  await page.goto('/search/?q=' + encodeURIComponent('转账'));
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-bets')).toBeVisible();
  await page.locator('summary', { hasText: '缩小范围' }).click();
  await expect(page.locator('#search-filters')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a slow earlier search never adds its results under a newer one', async ({ page }) => {
  // A stand-in Pagefind: the first query's results load slowly (held until the test lets them go),
  // the second query's at once. The page must show only the second query's results.
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        let release;
        const held = new Promise((resolve) => (release = resolve));
        window.releaseSlow = () => new Promise((done) => { release(); setTimeout(done, 0); });
        const hit = (query, url) => ({
          id: query,
          score: 1,
          // The slow query's data waits until the test lets it go.
          data: async () => {
            if (query === '慢的搜索') await held;
            return { url, meta: { title: '结果：' + query }, excerpt: query };
          },
        });
        export async function options() {}
        export async function init() {}
        export async function filters() { return {}; }
        export async function search(query) {
          const url = query === '慢的搜索' ? '/guides/liangka/' : '/guides/ai-huanlian/';
          return { results: [hit(query, url)], filters: {} };
        }
      `,
    }),
  );
  await page.goto('/search/?q=' + encodeURIComponent('慢的搜索'));
  await expect(status(page)).toHaveText('正在搜索……');
  await searchBox(page).fill('快的搜索');
  await searchBox(page).press('Enter');
  const items = page.locator('#search-results > li');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('结果：快的搜索');
  // Now the slow results arrive (release resolves once they have had a turn to render).
  await page.evaluate(() =>
    (window as unknown as { releaseSlow: () => Promise<void> }).releaseSlow(),
  );
  await expect(items).toHaveCount(1);
  await expect(page.locator('#search-results')).not.toContainText('结果：慢的搜索');
});

test('opened without a query, the page fetches no search index and no best bets until the reader goes to the box', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/') || path.startsWith('/search/')) fetched.push(path);
  });
  await page.goto('/search/', { waitUntil: 'networkidle' });
  await expect(searchBox(page)).toBeVisible();
  expect(fetched).toEqual(['/search/']);
  fetched.length = 0;
  await searchBox(page).click();
  await expect.poll(() => fetched.some((u) => u.includes('wasm'))).toBe(true);
  expect(fetched).toContain('/search/bets.json');
  await searchBox(page).fill('杀猪盘');
  await expect(status(page)).toContainText('找到');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test('the search box is laid out from the first paint, so nothing moves when its script starts; if the script never comes, the page says so in its place', async ({
  page,
}) => {
  const script = await holdBack(page, '**/_astro/search.astro*.js');
  await watchLayoutShifts(page);
  const note = page.getByRole('main').getByText('搜索需要浏览器开启 JavaScript');

  // The script fails to load (a lost signal): the note and its link to the guides come back.
  await page.goto('/search/', { waitUntil: 'commit' });
  await firstPaint(page);
  await expect(searchBox(page)).toBeVisible();
  await expect(note).toBeHidden();
  script.fail();
  await expect(note).toBeVisible();
  await expect(searchBox(page)).toBeHidden();
  await expect(
    page.getByRole('main').getByRole('link', { name: '查看全部诈骗类型' }).first(),
  ).toBeVisible();

  // It comes late: the box was already in place, and then it answers.
  script.again();
  await page.goto('/search/', { waitUntil: 'commit' });
  await firstPaint(page);
  const before = await searchBox(page).boundingBox();
  script.arrive();
  await page.waitForLoadState('load');
  expect(await searchBox(page).boundingBox()).toEqual(before);
  expect(await layoutShifts(page)).toBe(0);
  await searchBox(page).fill('杀猪盘');
  await expect(status(page)).toContainText('找到');
});

test('if the search code cannot be fetched when the reader goes to the box, the page says so in its place', async ({
  page,
}) => {
  await page.route('**/_astro/search-page.*.js', (route) => route.abort());
  await page.goto('/search/');
  const note = page.getByRole('main').getByText('搜索需要浏览器开启 JavaScript');
  await expect(note).toBeHidden();
  await searchBox(page).click();
  await expect(note).toBeVisible();
  await expect(searchBox(page)).toBeHidden();
});
