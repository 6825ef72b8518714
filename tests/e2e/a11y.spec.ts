/**
 * axe, WCAG 2.0–2.2 A/AA, on every built page (not a sample), and on search results; each page
 * also in the reading modes: extra-large text with high contrast (the most different colours and
 * layout), set exactly as public/prefs-init.js sets them.
 */
import AxeBuilder from '@axe-core/playwright';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { allPages, WCAG_TAGS } from './site';

for (const path of allPages()) {
  test(`axe finds no WCAG A/AA violations on ${path}, in standard and in 特大+高对比`, async ({ sitePage: page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset['textSize'] = 'xlarge';
      document.documentElement.dataset['contrast'] = 'high';
    });
    expect((await axeViolations(page)).map((v) => `特大+高对比 ${v}`)).toEqual([]);
  });
}

test('axe finds no violations on the search page with results and filters showing', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('转账'));
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-bets')).toBeVisible();
  await page.locator('summary', { hasText: '缩小范围' }).click();
  await expect(page.locator('#search-filters')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
