/** The guide index: grouped by trap, each card with its rule, filterable by audience without JavaScript. */
import { expect, test } from '@playwright/test';
import { GUIDE_GROUPS } from '../../src/lib/taxonomy';
import { guidePages } from './site';

test('all 16 scam types are published at their fixed addresses', () => {
  const slugs = guidePages().map((p) => p.split('/')[2]);
  expect(slugs.sort()).toEqual(
    [
      'shuadan-fanli', 'xujia-touzi', 'xujia-daikuan', 'xujia-gouwu', 'maochong-kefu', 'xujia-zhengxin',
      'maochong-lingdao', 'maochong-gongjianfa', 'wangluo-hunlian', 'youxi-jiaoyi', 'liangka',
      'yanglao-pianju', 'ai-huanlian', 'pingmu-gongxiang', 'zhuixing-fanquan', 'maochong-yibao',
    ].sort(),
  );
});

test('the index groups every guide under its trap, each card with its rule', async ({ page }) => {
  await page.goto('/guides/');
  const main = page.getByRole('main');
  const headings = await main.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.length).toBeGreaterThanOrEqual(5);
  for (const h of headings) expect(Object.values(GUIDE_GROUPS)).toContain(h.trim());
  const cards = main.locator('article');
  await expect(cards).toHaveCount(guidePages().length);
  for (const card of await cards.all()) {
    await expect(card.getByRole('link')).toHaveAttribute('href', /^\/guides\/[a-z-]+\/$/);
    await expect(card.locator('p').first()).not.toBeEmpty();
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the audience filter is a set of links to static pages that list only that group’s guides', async ({ page }) => {
    await page.goto('/guides/');
    const filter = page.getByRole('navigation', { name: '按人群筛选' });
    await expect(filter.getByRole('link', { name: '全部' })).toHaveAttribute('aria-current', 'page');
    await filter.getByRole('link', { name: '财会人员', exact: true }).click();
    await expect(page).toHaveURL(/\/guides\/for\/finance-staff\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('财会人员');
    await expect(filter.getByRole('link', { name: '财会人员', exact: true })).toHaveAttribute('aria-current', 'page');
    const links = await page.getByRole('main').locator('article h3 a').allTextContents();
    expect(links).toContain('冒充领导、熟人诈骗');
    expect(links.length).toBeLessThan(guidePages().length);
    // Each listed guide really names finance staff as an audience.
    for (const href of await page.getByRole('main').locator('article h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
      await page.goto(href);
      await expect(page.getByRole('main').getByRole('link', { name: '财会人员', exact: true }).first()).toBeVisible();
    }
  });
});
