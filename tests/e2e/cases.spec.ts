/**
 * The case library with JavaScript off: the filters are plain links. The labels, counts, feed and
 * links between cases and guides are checked over dist/ in tests/build/library.test.ts.
 */
import { expect, test } from '@playwright/test';
import { casePages } from './site';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the case index lists every case and the filters are plain links', async ({ page }) => {
    await page.goto('/cases/');
    await expect(page.locator('#case-list ~ ul > li')).toHaveCount(casePages().length);
    await page.locator('summary', { hasText: '筛选案例' }).click();
    await page
      .getByRole('navigation', { name: /筛选案例/ })
      .getByRole('link', { name: /^被成功劝阻/ })
      .click();
    await expect(page).toHaveURL(/\/cases\/outcome\/quanzu\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('被成功劝阻');
  });
});
