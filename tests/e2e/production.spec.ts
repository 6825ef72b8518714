/**
 * The site as production serves it: dist/ behind the shipped deploy/nginx.conf and its strict
 * CSP (scripts/nginx-serve.ts, project "production"). Every widget must work under those headers
 * with zero console errors and zero CSP violations.
 */
import { expect, type Page } from '@playwright/test';
import { productionTest as test } from './servers';

// The offline worker must also run under the CSP (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Collects console errors and CSP violations from the moment the page starts loading. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [
    ...errors,
    ...(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
    ).map((v) => `csp: ${v}`),
  ];
}

test('HTML, assets and the service worker get the production security and cache headers', async ({
  request,
  page,
}) => {
  const html = await request.get('/guides/shuadan-fanli/');
  const headers = html.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['cache-control']).toBe('public, max-age=300');

  await page.goto('/');
  const asset = await page
    .locator('link[rel="stylesheet"][href^="/_astro/"]')
    .first()
    .getAttribute('href');
  const css = await request.get(asset!);
  expect(css.headers()['cache-control']).toContain('immutable');
  expect(css.headers()['content-security-policy']).toBeDefined();
  for (const file of [
    '/sw.js',
    '/sw-polyfills.js',
    '/prefs-init.js',
    '/manifest.webmanifest',
    '/offline-pack.json',
  ]) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('no-cache');
  }
  expect((await request.get('/pagefind/pagefind.js')).headers()['content-type']).toContain(
    'javascript',
  );
  expect((await request.get('/no-such-page/')).status()).toBe(404);
});

test('search works under the CSP with no errors', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/search/?q=' + encodeURIComponent('杀猪盘'));
  await expect(page.locator('a[href="/guides/wangluo-hunlian/"]').first()).toBeVisible();
  await page.locator('#site-search').fill('安全账户');
  await page.locator('#site-search').press('Enter');
  await expect(page.locator('a[href="/guides/maochong-gongjianfa/"]').first()).toBeVisible();
  expect(await problems()).toEqual([]);
});

test('the reading toolbar, read-aloud and the offline worker work under the CSP with no errors', async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto('/guides/maochong-gongjianfa/');
  await page.getByRole('button', { name: '特大' }).click();
  await page.getByRole('button', { name: '高对比' }).click();
  await page.goto('/help/');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.getByRole('button', { name: '朗读本页' }).click();
  await expect(page.getByRole('status').and(page.locator('[data-read-status]'))).not.toBeEmpty();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(await problems()).toEqual([]);
});

test('each kind of page loads under the CSP with no errors', async ({ page }) => {
  const problems = await watch(page);
  for (const path of [
    '/',
    '/song/',
    '/campaign/',
    '/for/teachers/',
    '/app/',
    '/cases/',
    '/guides/',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    expect((await problems()).map((p) => `${path}: ${p}`)).toEqual([]);
  }
});

test('the LED link builder and the LED view (colours and size set from the link) work under the CSP', async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto('/toolkit/');
  await page.getByLabel('颜色').selectOption('yellow-black');
  await page.getByRole('button', { name: '打开滚动屏' }).click();
  await expect(page).toHaveURL(/\/toolkit\/led\/\?scheme=yellow-black$/);
  await expect(page.locator('.led-item.is-current .led-text')).toHaveCSS(
    'color',
    'rgb(255, 225, 77)',
  );
  await expect(page.locator('.led-item.is-current .led-text.is-moving')).toHaveCount(1);
  expect(await problems()).toEqual([]);
});

test('the CSP really is enforced: an injected inline script is refused and reported', async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    return 'inlineRan' in window;
  });
  expect(ran).toBe(false);
  await expect.poll(problems).toContainEqual(expect.stringMatching(/^csp: script-src/));
});
