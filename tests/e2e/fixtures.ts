/**
 * A page shared by all tests of one worker. Opening a browser context costs about a second
 * on a small machine; the every-page checks (one test per built page) only navigate, so
 * they reuse this page instead.
 */
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<object, { sitePage: Page }>({
  sitePage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'zh-CN' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
