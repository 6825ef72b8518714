/** Holding a file back, as a slow or lost connection does, for tests of what a page shows meanwhile. */
import type { Page } from '@playwright/test';

export interface Held {
  /** The held requests, and any later ones, fail (a lost signal). */
  fail(): void;
  /** The held requests, and any later ones, go through. */
  arrive(): void;
  /** Holds the next ones back again. */
  again(): void;
}

/** From now on, requests matching `url` wait until the test says how they end. */
export async function holdBack(page: Page, url: string): Promise<Held> {
  let release!: () => void;
  let held!: Promise<void>;
  const again = () => void (held = new Promise<void>((resolve) => (release = resolve)));
  again();
  let arrives = false;
  await page.route(url, async (route) => {
    await held;
    if (arrives) await route.continue();
    else await route.abort();
  });
  return {
    fail: () => {
      arrives = false;
      release();
    },
    arrive: () => {
      arrives = true;
      release();
    },
    again,
  };
}
