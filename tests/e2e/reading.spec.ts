/** What a frightened reader relies on: help first, guides readable with JavaScript off. */
import { expect, test } from '@playwright/test';
import { guidePages } from './site';
import { guideSections } from '../../src/lib/structure';
import { readCollection } from '../unit/frontmatter';

const lossHeading = new Map(readCollection('guides').map((g) => [`/guides/${g.id}/`, g.data['lossHeading'] as string | undefined]));

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

test('the help page covers every way of paying, 110 versus 96110, evidence and follow-up scams', async ({ page }) => {
  await page.goto('/help/');
  const main = page.getByRole('main');
  for (const words of ['银行卡', '微信', '支付宝', '现金', '虚拟货币', '96110', '110', '证据', '追回']) {
    await expect(main).toContainText(words);
  }
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/guides/no-such-scam/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('main').getByRole('link', { name: '被骗了怎么办' })).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of guidePages()) {
    test(`guide ${path} is fully readable`, async ({ page }) => {
      await page.goto(path);
      const main = page.getByRole('main');
      for (const section of [...guideSections(lossHeading.get(path)), '相关案例']) {
        await expect(main.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
      }
      // The scam script reads as a list: each line with its warning sign and the right reply.
      const lines = main.locator('ol.scam-script > li');
      expect(await lines.count()).toBeGreaterThanOrEqual(3);
      await expect(lines.first()).toContainText('破绽');
      await expect(lines.first()).toContainText('你这样做');
    });
  }

  test('the search page says search needs JavaScript and links to the guides', async ({ page }) => {
    await page.goto('/search/');
    const note = page.getByText(/搜索需要浏览器开启 JavaScript/);
    await expect(note).toBeVisible();
    await page.getByRole('link', { name: '查看全部诈骗类型' }).click();
    await expect(page).toHaveURL(/\/guides\/$/);
  });
});
