/** Layout shift as Lighthouse's CLS counts it, summed over the page's life, for tests that hold a script back. */
import type { Page } from '@playwright/test';

/** From the next navigation on, sums every layout shift not caused by the reader's own input. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum so far on the current page. */
export function layoutShifts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shifts: number }).shifts);
}

/**
 * Resolves once the page has painted, so its styles are applied: a box measured right after a
 * navigation that waits only for 'commit' may otherwise be laid out before the stylesheet arrives.
 */
export async function firstPaint(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
  );
}
