/**
 * Offline: after one visit, the Workbox service worker has precached every page, the CSS/JS and
 * the Pagefind index, so an officer in a hall with no signal can still open any page and search.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { allPages } from './site';

// The offline worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after one online visit, every page and search work with no network', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // ready resolves once the worker is active, i.e. after it has precached everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys())
        urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  const missing = allPages()
    .filter((p) => p !== '/404.html')
    .filter((p) => !cached.includes(p));
  expect(missing, 'pages not precached').toEqual([]);
  expect(cached.filter((u) => u.startsWith('/pagefind/')).length).toBeGreaterThan(10);

  await context.setOffline(true);
  await page.goto('/guides/wangluo-hunlian/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('网络婚恋');
  await page.goto('/for/elderly/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A slide deck for a talk in a hall with no signal (decks are not in the sitemap).
  await page.goto('/present/guides/shuadan-fanli/#3');
  await expect(page.locator('.slide.is-current')).toHaveId('slide-3');

  await page.goto('/search/?q=' + encodeURIComponent('杀猪盘'));
  const results = page.locator('#search-results > li, #search-bets li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('a[href="/guides/wangluo-hunlian/"]').first()).toBeVisible();

  // Typing a new search offline, from the header box.
  await page.goto('/');
  await page.locator('#site-search').fill('刷单');
  await page.locator('#site-search').press('Enter');
  await expect(page.locator('a[href="/guides/shuadan-fanli/"]').first()).toBeVisible();
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

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

test('a new version of the site reaches a reader who has the old one cached, on a later visit', async ({
  page,
}) => {
  // The new worker first downloads the whole site (~1.4 MB) from a server in this test process:
  // on a loaded 2-core machine that alone can take a minute.
  test.setTimeout(180_000);
  // A copy of dist/ on its own little server, so this test can publish a "new version" of it.
  const dir = mkdtempSync(join(tmpdir(), 'bingcheng-sw-'));
  cpSync(resolve(import.meta.dirname, '../../dist'), dir, { recursive: true });
  const server = createServer((request, response) => {
    let file = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(`${base}/about/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    // Publish: /about/ changes, and the new build's worker lists its new revision.
    const about = join(dir, 'about/index.html');
    writeFileSync(
      about,
      readFileSync(about, 'utf8').replace('<h1', '<p id="new-version">新版本</p><h1'),
    );
    const sw = join(dir, 'sw.js');
    const before = readFileSync(sw, 'utf8');
    const after = before.replace(/(url:"about\/",revision:")[0-9a-f]+/, '$1new-build');
    expect(after, 'sw.js lists about/ with a revision').not.toBe(before);
    writeFileSync(sw, after);

    // Visiting again: the browser checks sw.js, installs the new worker, which takes over;
    // a following visit shows the new page (no reader action, no cache clearing).
    await expect
      .poll(
        async () => {
          await page.goto(`${base}/about/`);
          return page.locator('#new-version').count();
        },
        { timeout: 120_000, intervals: [500, 1000, 2000] },
      )
      .toBe(1);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
