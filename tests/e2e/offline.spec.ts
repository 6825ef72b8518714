/**
 * Offline: after one visit, the Workbox service worker has precached every page, the CSS/JS and
 * the Pagefind index, so an officer in a hall with no signal can still open any page and search.
 */
import { expect, test } from '@playwright/test';
import { allPages } from './site';

test('after one online visit, every page and search work with no network', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // ready resolves once the worker is active, i.e. after it has precached everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  const missing = allPages()
    .filter((p) => p !== '/404.html')
    .filter((p) => !cached.includes(p));
  expect(missing, 'pages not precached').toEqual([]);
  expect(cached.filter((u) => u.startsWith('/pagefind/')).length).toBeGreaterThan(10);

  await context.setOffline(true);
  await page.goto('/guides/wangluo-hunlian/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('网络婚恋');
  await page.goto('/for/elderly/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/search/?q=' + encodeURIComponent('杀猪盘'));
  const results = page.locator('#search-results > li, #search-bets li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('a[href="/guides/wangluo-hunlian/"]').first()).toBeVisible();

  // Typing a new search offline, from the header box.
  await page.goto('/');
  await page.locator('#site-search').fill('刷单');
  await page.locator('#site-search').press('Enter');
  await expect(page.locator('a[href="/guides/shuadan-fanli/"]').first()).toBeVisible();
});

test('the site can be added to the home screen: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: '冰城反诈', lang: 'zh-CN', start_url: '/', display: 'standalone' });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
