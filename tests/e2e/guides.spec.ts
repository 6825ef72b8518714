/**
 * The guide index filtered by audience without JavaScript, as a reader clicks it. The grouping,
 * the cards and which guides each filter lists are checked over dist/ in tests/build/library.test.ts.
 */
import { expect, test } from '@playwright/test';
import { guidePages } from './site';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the audience filter is a set of links to static pages that list only that group’s guides', async ({
    page,
  }) => {
    await page.goto('/guides/');
    const filter = page.getByRole('navigation', { name: '按人群筛选' });
    await expect(filter.getByRole('link', { name: '全部' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await filter.getByRole('link', { name: '财会人员', exact: true }).click();
    await expect(page).toHaveURL(/\/guides\/for\/finance-staff\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('财会人员');
    await expect(filter.getByRole('link', { name: '财会人员', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const links = await page.getByRole('main').locator('article h3 a').allTextContents();
    expect(links).toContain('冒充领导、熟人诈骗');
    expect(links.length).toBeLessThan(guidePages().length);
  });
});
