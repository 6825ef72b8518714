/**
 * The share bar (src/components/ShareBar.astro): on every page that has one, its QR code decodes
 * back to the page's exact address (rendered by the browser, read by the jsQR decoder); copy link
 * works, and falls back to a selected address where the clipboard is missing or refused; print;
 * without JavaScript the QR code and the address are still there.
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations } from './axe';
import { page as built, sitePaths } from '../support/dist';
import { isCaseStudyPath } from '../../src/lib/case-facets';

/** Every page whose built HTML has a share bar, with the canonical address its QR code must hold. */
const shared = sitePaths()
  .filter((path) => built(path).querySelector('[data-share]'))
  .map((path) => ({
    path,
    canonical: built(path).querySelector('link[rel="canonical"]')!.getAttribute('href')!,
  }));

/** Reads the QR code on the page as a phone would: from its pixels. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const bar = page.locator('[data-share]');
  await bar.locator('summary').click();
  const png = PNG.sync.read(await bar.locator('svg.qr').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const BATCHES = 2;
for (let batch = 0; batch < BATCHES; batch++) {
  const mine = shared.filter((_, i) => i % BATCHES === batch);
  test(`every page’s QR code decodes to its own address, batch ${batch + 1} of ${BATCHES} (${mine.length} pages)`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + mine.length * 3_000);
    const wrong: string[] = [];
    for (const { path, canonical } of mine) {
      await page.goto(path);
      const decoded = await decodeQr(page);
      if (decoded !== canonical)
        wrong.push(`${path}: ${decoded ?? 'unreadable'} (expected ${canonical})`);
    }
    expect(wrong).toEqual([]);
  });
}

test('the pages readers pass on have a share bar: every guide, case, audience page and alert, /help/, /app/, /song/, /campaign/', () => {
  const paths = shared.map((s) => s.path);
  const expected = sitePaths().filter(
    (p) =>
      isCaseStudyPath(p) ||
      (/^\/(guides|for|alerts)\/[^/]+\/$|^\/(help|app|song|campaign)\/$/.test(p) &&
        p !== '/guides/for/' &&
        p !== '/alerts/calendar/'),
  );
  expect(paths.sort()).toEqual(expected.sort());
});

test('the QR code is big enough to scan at arm’s length (over 3 cm) with its quiet zone, in high contrast too', async ({
  page,
}) => {
  await page.goto('/guides/shuadan-fanli/');
  await page.evaluate(() => (document.documentElement.dataset['contrast'] = 'high'));
  const decoded = await decodeQr(page);
  expect(decoded).toBe(shared.find((s) => s.path === '/guides/shuadan-fanli/')!.canonical);
  const box = (await page.locator('[data-share] svg.qr').boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual((3 / 2.54) * 96);
  expect(await axeViolations(page)).toEqual([]);
});

test('copy link puts the page’s address on the clipboard and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/help/');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('[data-share-status]')).toContainText('链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    shared.find((s) => s.path === '/help/')!.canonical,
  );
});

for (const [why, script] of [
  [
    'refused',
    () =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      }),
  ],
  ['missing', () => Object.defineProperty(navigator, 'clipboard', { value: undefined })],
] as const) {
  test(`where the clipboard is ${why}, the address is shown selected to copy by hand`, async ({
    page,
  }) => {
    await page.addInitScript(script);
    await page.goto('/for/elderly/');
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.locator('[data-share-status]')).toContainText('请长按');
    const field = page.getByRole('textbox', { name: '本页链接' });
    await expect(field).toBeVisible();
    await expect(field).toBeFocused();
    const canonical = shared.find((s) => s.path === '/for/elderly/')!.canonical;
    await expect(field).toHaveValue(canonical);
    expect(
      await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
    ).toEqual([0, canonical.length]);
  });
}

/** An alert page (近期提醒) and a guide: the pages with a group message (复制群消息). */
const alertPage = sitePaths().find(
  (p) => /^\/alerts\/[^/]+\/$/.test(p) && p !== '/alerts/calendar/',
)!;
const guidePage = '/guides/liangka/';

test('复制群消息 puts the page’s group message on the clipboard, ending with its address', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(guidePage);
  const box = page.getByRole('textbox', { name: '发到微信群的消息' });
  const message = await box.inputValue();
  expect(message.endsWith(shared.find((s) => s.path === guidePage)!.canonical)).toBe(true);
  await page.getByRole('button', { name: '复制群消息' }).click();
  await expect(page.locator('[data-share-status]')).toContainText('群消息已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
});

for (const [why, script] of [
  [
    'refused',
    () =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      }),
  ],
  ['missing', () => Object.defineProperty(navigator, 'clipboard', { value: undefined })],
] as const) {
  test(`where the clipboard is ${why}, the group message is shown selected to copy by hand`, async ({
    page,
  }) => {
    await page.addInitScript(script);
    await page.goto(alertPage);
    await page.getByRole('button', { name: '复制群消息' }).click();
    await expect(page.locator('[data-share-status]')).toContainText('消息已经选好');
    const box = page.getByRole('textbox', { name: '发到微信群的消息' });
    await expect(box).toBeFocused();
    const length = (await box.inputValue()).length;
    expect(length).toBeGreaterThan(0);
    expect(
      await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]),
    ).toEqual([0, length]);
  });
}

test('打印这一页 opens the print dialog, and the share bar itself is not printed', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto('/cases/');
  await page.goto(shared.find((s) => s.path.startsWith('/cases/'))!.path);
  await page.getByRole('button', { name: '打印这一页' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-share]')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the buttons that need it are hidden; the QR code and the address are still there', async ({
    page,
  }) => {
    await page.goto('/song/');
    const bar = page.locator('[data-share]');
    await expect(bar.getByRole('button')).toHaveCount(0);
    await bar.locator('summary').click();
    await expect(bar.getByRole('img', { name: /本页二维码/ })).toBeVisible();
    await expect(bar.locator('figcaption')).toHaveText(
      shared.find((s) => s.path === '/song/')!.canonical,
    );
  });

  test('the group message is in a box the reader can select', async ({ page }) => {
    await page.goto(alertPage);
    await expect(page.getByRole('button', { name: '复制群消息' })).toHaveCount(0);
    const box = page.getByRole('textbox', { name: '发到微信群的消息' });
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('readonly', '');
    // Selectable as any text: a reader long-presses it, or selects it all, and copies.
    await box.selectText();
    const canonical = shared.find((s) => s.path === alertPage)!.canonical;
    expect((await box.inputValue()).endsWith(canonical)).toBe(true);
  });
});
