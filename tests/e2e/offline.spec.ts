/**
 * Offline. A first visit gets a small core from the Workbox service worker (home, /help/, the
 * guide index, search, the offline page and what they load), and every page the reader opens is
 * kept; a page never opened shows the offline page. The 保存全站 button downloads the rest — every
 * page and the whole search index — with progress, pause and resume, and a later online visit
 * brings the saved copy up to date. What needs no browser (the precache list and its size, the
 * pack's list, the button in every footer) is in tests/build/offline.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { saveStatus, saveWholeSite, workerInCharge } from './offline-copy';
import { casePages } from './site';
import { serveSite } from './site-server';
import { isContentAddressed, type Pack, type SavedPack } from '../../src/lib/offline-pack';

// The offline worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const NOT_SAVED = '这一页还没有保存到手机上';
const SAVE = '保存全站，离线也能用';

/** Paths of what a cache holds (every cache whose name contains `part`). */
const cached = (page: Page, part: string) =>
  page.evaluate(async (part) => {
    const paths: string[] = [];
    for (const name of (await caches.keys()).filter((n) => n.includes(part)))
      for (const request of await (await caches.open(name)).keys())
        paths.push(new URL(request.url).pathname);
    return paths;
  }, part);

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('a first visit keeps only the core; a page opened once works offline, one never opened shows the offline page', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  // A reader lands on a guide from a QR code: the worker starts during this very visit.
  await page.goto('/guides/liangka/');
  const landing = await h1(page).innerText();
  await workerInCharge(page);
  const precached = await cached(page, 'precache');
  expect(precached.filter((p) => p.endsWith('/')).sort()).toEqual(
    ['/', '/guides/', '/help/', '/offline/', '/search/'].sort(),
  );
  expect(precached.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  // The landing page was loaded before the worker existed; it is kept all the same.
  await expect.poll(() => cached(page, 'site-pages')).toContain('/guides/liangka/');

  // 可疑信息自查: it loads a script the core does not have.
  const opened = '/check/';
  await page.goto(opened);
  const openedTitle = await h1(page).innerText();
  // Its script fetches the warning signs as it starts; as a reader would, stay until they are kept.
  await expect.poll(() => cached(page, 'site-')).toContain('/check/data.json');
  // /help/ offers the whole site, with a word on what it does (the footer's button stays hidden).
  await page.goto('/help/');
  await expect(page.getByRole('heading', { name: '保存全站，没有信号也能用' })).toBeVisible();
  await expect(page.getByRole('button', { name: SAVE })).toHaveCount(1);

  await context.setOffline(true);
  // Nothing the kept pages load is missing (their scripts and styles were kept with them).
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.goto('/guides/liangka/');
  await expect(h1(page)).toHaveText(landing);
  await page.goto(opened);
  await expect(h1(page)).toHaveText(openedTitle);
  await page.goto('/help/');
  await expect(h1(page)).toContainText('被骗了');
  expect(failed).toEqual([]);

  // Never opened: the offline page, at the page's own address, with the numbers and what is saved.
  await page.goto('/for/elderly/');
  await expect(h1(page)).toHaveText(NOT_SAVED);
  expect(new URL(page.url()).pathname).toBe('/for/elderly/');
  await expect(page.locator('main a[href="tel:110"]').first()).toBeVisible();
  await expect(page.locator('main a[href="tel:96110"]').first()).toBeVisible();
  for (const href of ['/', '/help/', '/guides/'])
    await expect(page.locator(`main li a[href="${href}"]`)).toBeVisible();

  // The header's search box lands on the saved search page, which answers from its best bets.
  await page.goto('/guides/');
  await page.locator('#site-search').fill('杀猪盘');
  await page.locator('#site-search').press('Enter');
  await expect(page.locator('#search-bets a[href="/guides/wangluo-hunlian/"]')).toBeVisible();
});

test('保存全站 saves every page and the search index with progress, pauses, survives a lost signal, and then works offline', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const site = await serveSite();
  try {
    await page.goto(`${site.base}/toolkit/`);
    await workerInCharge(page);
    // On /toolkit/ the button has a heading and an explanation; the footer's stays hidden.
    await expect(page.getByRole('heading', { name: '保存全站，没有信号也能用' })).toBeVisible();
    const save = page.getByRole('button', { name: SAVE });
    await expect(save).toHaveCount(1);

    // A slow line: the search index's fragments wait until released.
    site.hold = (path) => path.startsWith('/pagefind/fragment/');
    await save.click();
    await expect(saveStatus(page)).toContainText(/正在保存全站，共 [\d.]+ MB/);
    await expect(page.getByRole('progressbar', { name: '保存进度' })).toBeVisible();
    await expect(page.getByText(/^已保存 \d+ \/ \d+$/)).toBeVisible();
    await expect.poll(() => site.held()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '暂停' }).click();
    await expect(saveStatus(page)).toContainText('已暂停');
    // What was on its way is saved; nothing more is fetched.
    const inFlight = site.log.filter((r) => r.path.startsWith('/pagefind/fragment/'));
    const asked = site.log.length;
    site.hold = undefined;
    site.release();
    await expect
      .poll(() => cached(page, 'site-search'))
      .toEqual(expect.arrayContaining(inFlight.map((r) => r.path)));
    expect(site.log.length).toBe(asked);

    // The signal goes halfway: the button says so and keeps what was saved.
    site.drop = (path) => path.startsWith('/pagefind/');
    await page.getByRole('button', { name: '继续保存' }).click();
    await expect(saveStatus(page)).toContainText('网络断了，保存没有完成', {
      timeout: 60_000,
    });
    const [saved, total] = (await page.getByText(/^已保存 \d+ \/ \d+$/).innerText())
      .match(/\d+/g)!
      .map(Number);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(total!);

    // Back in signal: the rest, and nothing saved before is fetched again.
    site.drop = undefined;
    const before = new Set(site.log.filter((r) => r.pack && !r.dropped).map((r) => r.path));
    const from = site.log.length;
    await page.getByRole('button', { name: '继续保存' }).click();
    await expect(saveStatus(page)).toContainText(/全站已保存在这台设备上，占用 [\d.]+ MB/, {
      timeout: 120_000,
    });
    const again = site.log
      .slice(from)
      .filter((r) => r.pack && before.has(r.path) && isContentAddressed(r.path));
    expect(again, 'hashed files fetched twice').toEqual([]);

    await context.setOffline(true);
    for (const path of ['/for/elderly/', casePages().at(-1)!, '/quiz/', '/app/']) {
      await page.goto(`${site.base}${path}`);
      await expect(h1(page), path).not.toHaveText(NOT_SAVED);
    }
    // A slide deck for a talk in a hall with no signal.
    await page.goto(`${site.base}/present/guides/shuadan-fanli/#3`);
    await expect(page.locator('.slide.is-current')).toHaveId('slide-3');

    // Search: the best bet, and Pagefind's full-text results from the saved index (not the
    // fallback an engine without Pagefind gets).
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('杀猪盘')}`);
    await expect(page.locator('#search-bets a[href="/guides/wangluo-hunlian/"]')).toBeVisible();
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    await expect(page.locator('#search-fallback')).toBeHidden();
    await page.goto(`${site.base}/guides/liangka/`);
    await page.locator('#site-search').fill('刷单');
    await page.locator('#site-search').press('Enter');
    await expect(page.locator('#search a[href="/guides/shuadan-fanli/"]').first()).toBeVisible();
    await expect(page.locator('#search-results > li').first()).toBeVisible();

    // Any page says the site is saved, and /help/ has the button too.
    await page.goto(`${site.base}/help/`);
    await expect(page.getByText(/全站已保存在这台设备上/)).toBeVisible();
  } finally {
    await site.close();
  }
});

test('a new build reaches a saved copy on a later online visit, fetching only what changed', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const site = await serveSite({ copy: true });
  try {
    await page.goto(`${site.base}/about/`);
    await saveWholeSite(page);

    // Publish: a guide the reader never opened changes, and so do /help/ (precached) and the
    // pack's list; the new build's worker lists /help/'s new revision.
    const mark = (file: string) => {
      const path = join(site.dir, file);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace('<h1', '<p id="new-version">新版本</p><h1'),
      );
    };
    mark('guides/liangka/index.html');
    mark('help/index.html');
    const packFile = join(site.dir, 'offline-pack.json');
    const pack = JSON.parse(readFileSync(packFile, 'utf8')) as Pack;
    pack.version = 'new-build';
    pack.files.find((f) => f.url === '/guides/liangka/')!.rev = 'new-build';
    writeFileSync(packFile, JSON.stringify(pack));
    const sw = join(site.dir, 'sw.js');
    const before = readFileSync(sw, 'utf8');
    const after = before.replace(/(url:"help\/",revision:")[0-9a-f]+/, '$1new-build');
    expect(after, 'sw.js lists help/ with a revision').not.toBe(before);
    writeFileSync(sw, after);

    // A later visit to any page, online: the saved copy is brought up to date by itself. (The
    // guide index comes from the precache: a page opened online would be fetched again, as the
    // worker keeps it without the pack's revision.)
    const from = site.log.length;
    await page.goto(`${site.base}/guides/`);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const saved = await (await caches.open('site-saved')).match('/offline-pack.json');
            return saved ? ((await saved.json()) as SavedPack).version : undefined;
          }),
        { timeout: 60_000 },
      )
      .toBe('new-build');
    const fetched = [
      ...new Set(
        site.log
          .slice(from)
          .filter((r) => r.pack)
          .map((r) => r.path),
      ),
    ];
    expect(fetched.sort()).toEqual(['/guides/liangka/', '/offline-pack.json']);

    // The core comes with the new worker, which takes over on a following visit.
    await expect
      .poll(
        async () => {
          await page.goto(`${site.base}/help/`);
          return page.locator('#new-version').count();
        },
        { timeout: 60_000, intervals: [500, 1000, 2000] },
      )
      .toBe(1);

    await context.setOffline(true);
    await page.goto(`${site.base}/guides/liangka/`);
    await expect(page.locator('#new-version')).toHaveText('新版本');
  } finally {
    await site.close();
  }
});

test('where the browser cannot keep a copy, /toolkit/ says so and the footer offers nothing; without JavaScript no button shows', async ({
  browser,
  baseURL,
}) => {
  const noCache = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'allow' });
  await noCache.addInitScript(() => {
    Object.defineProperty(window, 'caches', { value: undefined });
  });
  const page = await noCache.newPage();
  await page.goto('/toolkit/');
  await expect(page.getByText('这个浏览器不能把网站存下来')).toBeVisible();
  await expect(page.getByRole('button', { name: SAVE })).toHaveCount(0);
  await page.goto('/about/');
  await expect(page.getByRole('button', { name: SAVE })).toHaveCount(0);
  await noCache.close();

  const noJs = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  for (const path of ['/toolkit/', '/help/', '/about/']) {
    await plain.goto(path);
    await expect(plain.getByRole('button', { name: SAVE }), path).toHaveCount(0);
  }
  await noJs.close();
});

test('the site can be added to the home screen: a manifest with icons', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({
    name: '冰城反诈',
    lang: 'zh-CN',
    start_url: '/',
    display: 'standalone',
  });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
