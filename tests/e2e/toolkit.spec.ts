/**
 * /toolkit/ (宣讲工具箱): every page a talk can use is listed with a QR code that opens it (read
 * from the image's pixels), a 打印 link that opens the page and its print dialog (the whole page, or
 * one class-kit piece), a 放映 link and, where there is one, a poster; and it all works offline.
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readCollection } from '../support/content-files';
import { saveWholeSite } from './offline-copy';

const TOOLKIT = '/toolkit/';

interface Listed {
  title: string;
  url: string;
  qr: string | null;
  print: string | null;
  present: string | null;
  poster: string | null;
}

async function listed(page: Page): Promise<Listed[]> {
  await page.goto(TOOLKIT);
  return page.locator('.toolkit-item').evaluateAll((items) =>
    items.map((li) => {
      const link = (text: string) =>
        [...li.querySelectorAll('a')]
          .find((a) => a.textContent?.trim() === text)
          ?.getAttribute('href') ?? null;
      const main = li.querySelector(':scope > a')!;
      return {
        title: main.textContent!.trim(),
        url: main.getAttribute('href')!,
        qr: li.querySelector('img')?.getAttribute('src') ?? null,
        print: link('打印'),
        present: link('放映'),
        poster: link('海报'),
      };
    }),
  );
}

/** Records window.print and the piece marked for printing, instead of opening a dialog. */
async function catchPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printed: string[] }).printed = [];
    window.print = () => {
      (window as unknown as { printed: string[] }).printed.push(
        document.documentElement.dataset['printOnly'] ??
          document.querySelector('.printing-target')?.id ??
          'page',
      );
    };
  });
}
const printed = (page: Page) =>
  page.evaluate(() => (window as unknown as { printed: string[] }).printed);

test('every guide, audience page, class-kit piece and /help/ is listed with print and present; pages with a poster offer it', async ({
  page,
}) => {
  const items = await listed(page);
  const urls = items.map((i) => i.url);
  for (const g of readCollection('guides')) expect(urls).toContain(`/guides/${g.id}/`);
  for (const a of readCollection('audiences')) {
    expect(urls).toContain(`/for/${a.id}/`);
    for (const [, id] of a.body.matchAll(/<Printable\b[^>]*\bid="([^"]+)"/g))
      expect(urls).toContain(`/for/${a.id}/#${id}`);
  }
  expect(urls).toEqual(expect.arrayContaining(['/help/', '/song/', '/campaign/', '/app/']));
  for (const a of readCollection('audiences')) expect(urls).toContain(`/quiz/${a.id}/`);
  for (const item of items) {
    if (item.url.startsWith('/quiz/')) {
      // A self-test is not printed; its 放映 is the classroom version.
      expect(item.present, item.title).toBe(`${item.url}class/`);
      continue;
    }
    expect(item.print, item.title).toBeTruthy();
    if (/^\/(guides|for)\/|^\/help\//.test(item.url)) expect(item.present, item.title).toBeTruthy();
    if (/^\/(guides|for)\/[^/#]+\/$|^\/help\/$/.test(item.url))
      expect(item.poster, item.title).toMatch(/^\/posters\/.+\.png$/);
  }
});

test('each page’s QR code is one tap away: none is fetched until its 二维码 is opened', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/qr/')) fetched.push(path);
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(TOOLKIT, { waitUntil: 'networkidle' });
  await page.locator('.toolkit-list').last().scrollIntoViewIfNeeded();
  expect(fetched).toEqual([]);
  const item = page.locator('.toolkit-item', { has: page.locator('a[href="/help/"]') }).first();
  const qr = item.locator('img.toolkit-qr');
  await expect(qr).toBeHidden();
  await item.getByText('二维码', { exact: true }).click();
  await expect(qr).toBeVisible();
  await expect
    .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  expect(fetched).toEqual([await qr.getAttribute('src')]);
});

test('each QR code on the toolkit opens its page', async ({ page }) => {
  test.setTimeout(90_000);
  const items = (await listed(page)).filter((i) => i.qr);
  expect(items.length).toBeGreaterThan(25);
  await page.setViewportSize({ width: 400, height: 400 });
  const wrong: string[] = [];
  for (const item of items) {
    await page.goto(item.url);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.setContent(
      `<body style="margin:0"><img src="${new URL(item.qr!, page.url()).href}" width="400" height="400"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = PNG.sync.read(await page.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    if (decoded !== canonical)
      wrong.push(`${item.title}: ${decoded ?? 'unreadable'} ≠ ${canonical}`);
  }
  expect(wrong).toEqual([]);
});

test('打印 opens the page and its print dialog once — the whole page, or just the class-kit piece', async ({
  page,
}) => {
  await catchPrint(page);
  await page.goto(TOOLKIT);
  await page
    .locator('.toolkit-item', { has: page.locator('a[href="/guides/shuadan-fanli/"]') })
    .getByRole('link', { name: '打印' })
    .click();
  await expect(page).toHaveURL(/\/guides\/shuadan-fanli\/$/);
  await expect.poll(() => printed(page)).toEqual(['page']);
  // The address lost ?print: a reload does not print again.
  await page.reload();
  await page.waitForLoadState('load');
  expect(await printed(page)).toEqual([]);

  await page.goto(TOOLKIT);
  await page
    .locator('.toolkit-item', { has: page.locator('a[href="/for/teachers/#jiazhang-xin"]') })
    .getByRole('link', { name: '打印' })
    .click();
  await expect(page).toHaveURL(/\/for\/teachers\/$/);
  await expect.poll(() => printed(page)).toEqual(['jiazhang-xin']);
});

test('放映 opens the deck, and the LED view starts from the toolkit', async ({ page }) => {
  await page.goto(TOOLKIT);
  await page
    .locator('.toolkit-item', { has: page.locator('a[href="/help/"]') })
    .getByRole('link', { name: '放映' })
    .click();
  await expect(page).toHaveURL(/\/present\/help\/$/);
  await expect(page.locator('.slide.is-current')).toHaveId('slide-1');
  await page.goto(TOOLKIT);
  await expect(page.locator('form[action="/toolkit/led/"]')).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after 保存全站, the toolkit, its QR codes and a deck work with no network; a poster opened once is kept', async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    await page.goto(TOOLKIT);
    await saveWholeSite(page);
    // The poster goes through the worker once (not part of the saved site).
    const poster = '/posters/guides/shuadan-fanli.png';
    await page.evaluate(async (url) => {
      await fetch(url);
    }, poster);
    await context.setOffline(true);
    await page.goto(TOOLKIT);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('宣讲工具箱');
    await page.locator('.toolkit-qr-box summary').first().click();
    const qr = page.locator('.toolkit-qr').first();
    await qr.scrollIntoViewIfNeeded();
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    await page.goto('/present/guides/maochong-gongjianfa/#2');
    await expect(page.locator('.slide.is-current')).toHaveId('slide-2');
    const response = await page.goto(poster);
    expect(response?.headers()['content-type']).toBe('image/png');
  });
});
