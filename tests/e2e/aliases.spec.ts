/**
 * Every colloquial name and phrasing a guide lists must find that guide in the top 3 of
 * what the reader sees on /search/ (best bets, then results), typed into the real search box.
 */
import { expect, test } from '@playwright/test';
import { builtAliases } from './site';

for (const guide of builtAliases()) {
  test(`every alias of ${guide.url} finds it in the top 3`, async ({ page }) => {
    test.setTimeout(30_000 + guide.aliases.length * 3_000);
    await page.goto('/search/');
    const box = page.getByRole('main').getByRole('searchbox');
    const status = page.getByRole('main').getByRole('status');
    const misses: string[] = [];
    for (const alias of [guide.title, ...guide.aliases]) {
      await box.fill(alias);
      await box.press('Enter');
      await expect(status).toContainText(`“${alias}”`);
      const top = await page
        .locator('#search-bets a, #search-results > li h2 a')
        .evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
      if (!top.includes(guide.url)) misses.push(`${alias} → ${top.join(' ')}`);
    }
    expect(misses).toEqual([]);
  });
}
