/**
 * On the narrowest phones (320 px), at 特大: the title and 110 on the first screen, a one-row header,
 * readable tables and chat bubbles. That no page scrolls sideways is checked on every page in
 * every-page.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { guidePages } from './site';

test.use({ viewport: { width: 320, height: 640 } });

test.describe('at 特大 on a 320×640 phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('bingcheng-reading', JSON.stringify({ size: 'xlarge' })),
    );
  });

  test('the page title and a tap-to-call 110 are on the first screen: home, /help/ and every guide', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const guides = guidePages();
    expect(guides.length).toBeGreaterThan(0);
    const missed: string[] = [];
    for (const path of ['/', '/help/', ...guides]) {
      await page.goto(path);
      const place = await page.evaluate(() => {
        const h1 = document.querySelector('main h1')!.getBoundingClientRect();
        const call = [...document.querySelectorAll('main a[href="tel:110"]')].map((a) =>
          a.getBoundingClientRect(),
        )[0];
        return {
          h1Bottom: h1.bottom,
          callTop: call ? call.top : Infinity,
          callHeight: call ? call.height : 0,
        };
      });
      // The whole title, and at least a full 44 px of the 110 button, without scrolling.
      if (place.h1Bottom > 640 || place.callTop + 44 > 640 || place.callHeight < 44)
        missed.push(`${path}: ${JSON.stringify(place)}`);
    }
    expect(missed).toEqual([]);
  });

  test('the header is one row; 菜单 and 字号 open the navigation and the reading toolbar', async ({
    page,
  }) => {
    await page.goto('/help/');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(80);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeHidden();
    const menu = header.getByRole('button', { name: '菜单' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: '被骗了怎么办' })).toBeVisible();
    const reading = header.getByRole('button', { name: /字号/ });
    await reading.click();
    await expect(header.getByRole('button', { name: '特大' })).toBeVisible();
    await expect(header.getByRole('link', { name: '搜索' })).toHaveAttribute('href', '/search/');
  });
});

test('without JavaScript nothing in the phone header is hidden behind a button', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 640 },
  });
  const page = await context.newPage();
  await page.goto('/help/');
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '被骗了怎么办' }),
  ).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: '菜单' })).toBeHidden();
  await context.close();
});

test('at 特大 on 320 px, tables become stacked cards and the scammer’s words keep a readable width', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('bingcheng-reading', JSON.stringify({ size: 'xlarge' })),
  );
  await page.goto('/for/teachers/');
  const table = page.locator('.printable table').first();
  await expect(table).toBeVisible();
  expect(await table.evaluate((el) => getComputedStyle(el.querySelector('td')!).display)).toBe(
    'block',
  );
  // Each cell gets the full card width, not one character per line.
  const cell = (await table.locator('td').nth(2).boundingBox())!;
  expect(cell.width).toBeGreaterThanOrEqual(0.6 * 320);
  await page.goto('/guides/maochong-gongjianfa/');
  const bubble = (await page.locator('.scam-script q').first().boundingBox())!;
  expect(bubble.width).toBeGreaterThanOrEqual(180);
});
