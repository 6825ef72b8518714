/** Steps the offline tests share: waiting for the service worker, saving the whole site. */
import { expect, type Page } from '@playwright/test';

/** Waits until the worker has installed (precached the core) and controls the page. */
export async function workerInCharge(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
  });
}

/** What the shown 保存全站 button says (the footer's is hidden where a page has its own). */
export const saveStatus = (page: Page) =>
  page.getByRole('status').and(page.locator('[data-save-status]'));

/** Presses 保存全站 on the open page, as an officer does before a talk, and waits until it is done. */
export async function saveWholeSite(page: Page): Promise<void> {
  await workerInCharge(page);
  await page.getByRole('button', { name: '保存全站，离线也能用' }).click();
  await expect(saveStatus(page)).toContainText('全站已保存', { timeout: 120_000 });
}
