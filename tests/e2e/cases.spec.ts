/**
 * The case library with JavaScript off: the filters and the pages are plain links. The labels,
 * counts, pages, feed and links between cases and guides are checked over dist/ in
 * tests/build/library.test.ts (and over many synthetic cases in tests/build/case-pages.test.ts).
 */
import { expect, test } from '@playwright/test';
import { CASES_PER_PAGE } from '../../src/lib/case-facets';
import { pageCount } from '../../src/lib/pagination';
import { casePages } from './site';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the case index lists the newest cases, the next ones a page on, and the filters are plain links', async ({
    page,
  }) => {
    const total = casePages().length;
    const pages = pageCount(total, CASES_PER_PAGE);
    await page.goto('/cases/');
    await expect(page.locator('#case-list ~ ul > li')).toHaveCount(Math.min(total, CASES_PER_PAGE));
    if (pages > 1) {
      const pagination = page.getByRole('navigation', { name: '分页' });
      await expect(pagination.getByRole('link', { name: '第 1 页' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await pagination.getByRole('link', { name: '下一页' }).click();
      await expect(page).toHaveURL(/\/cases\/2\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('第 2 页');
      await expect(page.getByText(`第 2 页，共 ${pages} 页`)).toBeVisible();
      await page
        .getByRole('navigation', { name: '分页' })
        .getByRole('link', { name: '上一页' })
        .click();
      await expect(page).toHaveURL(/\/cases\/$/);
    }
    await page.locator('summary', { hasText: '筛选案例' }).click();
    await page
      .getByRole('navigation', { name: /筛选案例/ })
      .getByRole('link', { name: /^被成功劝阻/ })
      .click();
    await expect(page).toHaveURL(/\/cases\/outcome\/quanzu\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('被成功劝阻');
  });
});
