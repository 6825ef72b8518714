/** The case library: labelled composites, filters with true counts, a feed, and links from every guide. */
import { expect, test } from '@playwright/test';
import { casePages } from './site';

test('every case page says it is a composite with pseudonyms', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of casePages()) {
    await page.goto(path);
    await expect(page.getByRole('main'), path).toContainText('根据同类典型案件改编，人物为化名');
  }
});

test('every case is listed on its guide page, and the guide is linked from the case', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of casePages()) {
    await page.goto(path);
    const guideLink = page.getByRole('main').getByRole('link', { name: /看懂这类骗局/ });
    const guide = await guideLink.evaluate((a) => (a as HTMLAnchorElement).pathname);
    await page.goto(guide);
    const related = page.getByRole('region', { name: '相关案例' });
    await expect(related.locator(`a[href="${path}"]`), `${guide} lists ${path}`).toHaveCount(1);
  }
});

test('each filter link shows the true number of cases, and its page lists exactly those', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/cases/');
  await page.locator('summary', { hasText: '筛选案例' }).click();
  const total = await page.locator('#case-list ~ ul > li').count();
  expect(total).toBe(casePages().length);
  const filters = await page
    .getByRole('navigation', { name: /筛选案例/ })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => ({ href: (a as HTMLAnchorElement).pathname, count: Number(/（(\d+)）/.exec(a.textContent ?? '')?.[1]) })),
    );
  expect(filters.length).toBeGreaterThan(20);
  for (const filter of filters) {
    await page.goto(filter.href);
    await expect(page.locator('#case-list ~ ul > li'), filter.href).toHaveCount(filter.count);
  }
  // Filters cover all four dimensions, and every channel and outcome has cases.
  const prefixes = new Set(filters.map((f) => f.href.split('/')[2]));
  expect([...prefixes].sort()).toEqual(['channel', 'for', 'outcome', 'type']);
  expect(filters.filter((f) => f.href.startsWith('/cases/channel/'))).toHaveLength(7);
  expect(filters.filter((f) => f.href.startsWith('/cases/outcome/'))).toHaveLength(3);
  expect(filters.filter((f) => f.href.startsWith('/cases/for/'))).toHaveLength(9);
  expect(filters.filter((f) => f.href.startsWith('/cases/type/'))).toHaveLength(16);
});

test('a filtered page lists only cases with that value', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/cases/channel/weixin/');
  const links = await page.locator('#case-list ~ ul > li h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) {
    await page.goto(href);
    await expect(page.locator('dl')).toContainText('联系渠道微信');
  }
});

test('the feed is valid RSS and lists every case, newest first', async ({ page, request }) => {
  const response = await request.get('/cases/rss.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  await page.goto('/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      version: doc.documentElement.getAttribute('version'),
      title: doc.querySelector('channel > title')?.textContent,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        link: new URL(item.querySelector('link')!.textContent!).pathname,
        date: Date.parse(item.querySelector('pubDate')!.textContent!),
        title: item.querySelector('title')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('rss');
  expect(feed.version).toBe('2.0');
  expect(feed.title).toContain('冰城反诈');
  expect(feed.items.map((i) => i.link).sort()).toEqual(casePages().sort());
  expect(feed.items.every((i) => i.title.length > 0 && Number.isFinite(i.date))).toBe(true);
  const dates = feed.items.map((i) => i.date);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the case index lists every case and the filters are plain links', async ({ page }) => {
    await page.goto('/cases/');
    await expect(page.locator('#case-list ~ ul > li')).toHaveCount(casePages().length);
    await page.locator('summary', { hasText: '筛选案例' }).click();
    await page.getByRole('navigation', { name: /筛选案例/ }).getByRole('link', { name: /^被成功劝阻/ }).click();
    await expect(page).toHaveURL(/\/cases\/outcome\/quanzu\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('被成功劝阻');
  });
});
