/** What a frightened reader relies on: help first, guides readable with JavaScript off. */
import { expect, test } from '@playwright/test';
import { guidePages } from './site';
import { guideSections } from '../../src/lib/structure';
import { readCollection } from '../support/content-files';

const lossHeading = new Map(
  readCollection('guides').map((g) => [
    `/guides/${g.id}/`,
    g.data['lossHeading'] as string | undefined,
  ]),
);

test('the home page puts "what to do now" first, with both hotlines', async ({ page }) => {
  await page.goto('/');
  const firstSection = page.locator('main h2').first();
  await expect(firstSection).toHaveText('正在被骗或已经转账？');
  const urgent = page.getByRole('region', { name: '正在被骗或已经转账？' });
  await expect(urgent.getByRole('link', { name: /^110/ })).toHaveAttribute('href', 'tel:110');
  await expect(urgent.getByRole('link', { name: /^96110/ })).toHaveAttribute('href', 'tel:96110');
  await urgent.getByRole('link', { name: /一步一步/ }).click();
  await expect(page).toHaveURL(/\/help\/$/);
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/guides/no-such-scam/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('main').getByRole('link', { name: '被骗了怎么办' })).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every guide is fully readable: its sections, and the scam script as a list with signs and replies', async ({
    page,
  }) => {
    test.setTimeout(60_000 + guidePages().length * 5_000);
    for (const path of guidePages()) {
      await page.goto(path);
      const main = page.getByRole('main');
      for (const section of [...guideSections(lossHeading.get(path)), '相关案例']) {
        await expect(
          main.getByRole('heading', { level: 2, name: section, exact: true }),
          path,
        ).toBeVisible();
      }
      // The scam script reads as a list: each line with its warning sign and the right reply.
      const lines = main.locator('ol.scam-script > li');
      expect(await lines.count(), path).toBeGreaterThanOrEqual(3);
      await expect(lines.first(), path).toContainText('破绽');
      await expect(lines.first(), path).toContainText('你这样做');
    }
  });

  test('the search page says search needs JavaScript and links to the guides', async ({ page }) => {
    await page.goto('/search/');
    const note = page.getByText(/搜索需要浏览器开启 JavaScript/);
    await expect(note).toBeVisible();
    await page.getByRole('link', { name: '查看全部诈骗类型' }).click();
    await expect(page).toHaveURL(/\/guides\/$/);
  });
});
