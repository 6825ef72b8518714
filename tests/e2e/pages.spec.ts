/**
 * Every built page: it loads, has one h1, a title, Chinese language, a canonical URL, the
 * hotlines in the footer, no console errors, and no request to any other site (privacy).
 */
import type { ConsoleMessage, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { allPages } from './site';

for (const path of allPages()) {
  test(`page ${path} has exactly one h1, a title and no errors`, async ({ sitePage: page, baseURL }) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    const onConsole = (msg: ConsoleMessage) => void (msg.type() === 'error' && errors.push(msg.text()));
    const onError = (err: Error) => void errors.push(err.message);
    const onRequest = (req: Request) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.host !== new URL(baseURL!).host) foreign.push(req.url());
    };
    page.on('console', onConsole);
    page.on('pageerror', onError);
    page.on('request', onRequest);
    try {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toBeEmpty();
      await expect(page).toHaveTitle(/\S.*冰城反诈|^冰城反诈$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/.+\/$|\.html$/);
      await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', /width=device-width/);
      // Hotlines and the rule are on every page, in the footer.
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('link', { name: '110', exact: true })).toHaveAttribute('href', 'tel:110');
      await expect(footer.getByRole('link', { name: '96110', exact: true })).toHaveAttribute('href', 'tel:96110');
      await expect(footer).toContainText('转账汇款多核实');
      expect(errors).toEqual([]);
      expect(foreign, 'requests to other sites').toEqual([]);
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onError);
      page.off('request', onRequest);
    }
  });
}
