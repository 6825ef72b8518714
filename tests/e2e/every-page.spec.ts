/**
 * Every built page (the whole sitemap, not a sample) in a real browser, in a few batches that
 * share one browser page each: it loads with no console error and no request to any other site;
 * axe finds no WCAG 2.0–2.2 A/AA violation in standard, nor, for the rules that read styles
 * (STYLE_RULES in ./axe.ts), in 特大+高对比 (the most different colours and layout, set exactly as
 * /prefs-init.js sets them); and on a 320 px phone nothing
 * scrolls sideways, in standard and in 特大. What needs no browser is in tests/build/pages.test.ts.
 */
import type { ConsoleMessage, Request } from '@playwright/test';
import { axeViolations, preloadAxe, STYLE_RULES } from './axe';
import { expect, test } from './fixtures';
import { allPages } from './site';

/** Batches: enough to keep both workers busy to the end, few enough to share pages. */
const BATCHES = 8;
const pages = allPages();
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 320, height: 640 };

for (let batch = 0; batch < BATCHES; batch++) {
  const paths = pages.filter((_, i) => i % BATCHES === batch);
  test(`every page, batch ${batch + 1} of ${BATCHES} (${paths.length} pages): no errors, no other sites, axe clean, fits 320 px`, async ({
    sitePage: page,
    baseURL,
  }) => {
    test.setTimeout(30_000 + paths.length * 10_000);
    await preloadAxe(page.context());
    const problems: string[] = [];
    let current = '';
    const onConsole = (msg: ConsoleMessage) =>
      void (msg.type() === 'error' && problems.push(`${current}: console error ${msg.text()}`));
    const onError = (err: Error) => void problems.push(`${current}: page error ${err.message}`);
    const onRequest = (req: Request) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.host !== new URL(baseURL!).host)
        problems.push(`${current}: request to ${req.url()}`);
    };
    page.on('console', onConsole);
    page.on('pageerror', onError);
    page.on('request', onRequest);
    try {
      for (const path of paths) {
        current = path;
        await page.setViewportSize(DESKTOP);
        const response = await page.goto(path);
        if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
        problems.push(...(await axeViolations(page)).map((v) => `${path}: axe ${v}`));
        await page.evaluate(() => {
          document.documentElement.dataset['textSize'] = 'xlarge';
          document.documentElement.dataset['contrast'] = 'high';
        });
        problems.push(
          ...(await axeViolations(page, { rules: STYLE_RULES })).map(
            (v) => `${path} (特大+高对比): axe ${v}`,
          ),
        );
        await page.setViewportSize(PHONE);
        const xlarge = await page.evaluate(() => document.documentElement.scrollWidth);
        if (xlarge > PHONE.width)
          problems.push(`${path} (特大): ${xlarge}px wide on a 320 px phone`);
        const standard = await page.evaluate(() => {
          delete document.documentElement.dataset['textSize'];
          delete document.documentElement.dataset['contrast'];
          return document.documentElement.scrollWidth;
        });
        if (standard > PHONE.width) problems.push(`${path}: ${standard}px wide on a 320 px phone`);
      }
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onError);
      page.off('request', onRequest);
    }
    expect(problems).toEqual([]);
  });
}
