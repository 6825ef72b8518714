/**
 * On the narrowest phones (320 px) no page scrolls sideways, in standard and in extra-large text:
 * readers must never pan to read a line.
 */
import { expect, test } from '@playwright/test';
import { allPages } from './site';

test.use({ viewport: { width: 320, height: 640 } });

test('no page is wider than a 320 px screen', async ({ page }) => {
  test.setTimeout(240_000);
  const tooWide: string[] = [];
  for (const path of allPages()) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) tooWide.push(`${path}: ${width}px`);
    const xlarge = await page.evaluate(() => {
      document.documentElement.dataset['textSize'] = 'xlarge';
      return document.documentElement.scrollWidth;
    });
    if (xlarge > 320) tooWide.push(`${path} (特大字号): ${xlarge}px`);
  }
  expect(tooWide).toEqual([]);
});
