/**
 * The site on an old browser engine: headless Chromium 83 from the npm package
 * chrome-aws-lambda (scripts/old-chromium.ts), driven over DevTools. Old Android WebViews and
 * hand-me-down phones run engines like this; the 适老化 promise must hold there too.
 *
 * Playwright's actions that need a newer engine (checkVisibility) are not used here: clicks go
 * through `evaluate`. Where the old engine cannot run (not Linux x64), the tests skip and say why.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test as base, type Browser, type Page } from '@playwright/test';
import { oldChromium } from '../../scripts/old-chromium.ts';

const engine = oldChromium();

/** Starts the old Chromium with a DevTools port and connects Playwright to it. */
async function launchOld(): Promise<{ browser: Browser; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'old-chromium-'));
  const child: ChildProcess = spawn(
    engine.path!,
    ['--headless', '--no-sandbox', '--single-process', '--no-zygote', '--disable-gpu', '--disable-dev-shm-usage',
      '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--lang=zh-CN', 'about:blank'],
    { env: { ...process.env, LD_LIBRARY_PATH: engine.libs! }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const ws = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`old Chromium did not start:\n${err}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`old Chromium exited (${code}):\n${err}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  return {
    browser,
    stop: () => {
      child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const test = base.extend<{ old: Page; errors: string[] }, { oldBrowser: Browser }>({
  oldBrowser: [
    async ({}, use) => {
      const { browser, stop } = await launchOld();
      await use(browser);
      await browser.close().catch(() => {});
      stop();
    },
    { scope: 'worker' },
  ],
  errors: async ({}, use) => use([]),
  old: async ({ oldBrowser, errors }, use) => {
    const context = oldBrowser.contexts()[0]!;
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    await page.close();
  },
});

test.skip(!engine.path, engine.skip ?? '');

const PAGES = ['/', '/guides/maochong-gongjianfa/', '/help/', '/search/', '/for/elderly/'];

/** Clicks through the DOM: the old engine lacks what Playwright's click checks with. */
const press = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);

test('it really is an old engine', async ({ old }) => {
  const ua = await old.evaluate(() => navigator.userAgent);
  expect(Number(/Chrome\/(\d+)/.exec(ua)?.[1])).toBeLessThan(90);
  // Cascade layers, the reason this suite exists, are unknown to it.
  expect(await old.evaluate(() => typeof (window as unknown as { CSSLayerBlockRule?: unknown }).CSSLayerBlockRule)).toBe('undefined');
});

for (const path of PAGES) {
  test(`${path}: styled — 18 px text, 44 px buttons, the urgent box in colour — and no page error`, async ({ old, errors, baseURL }) => {
    await old.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
    // On a phone the reading toolbar opens from the header's 字号 button.
    await press(old, 'button[data-opens="reading-tools"]');
    const look = await old.evaluate(() => {
      const px = (el: Element | null, prop: string) => (el ? parseFloat(getComputedStyle(el).getPropertyValue(prop)) : NaN);
      const p = document.querySelector('main p');
      const buttons = [...document.querySelectorAll('header button, header a')]
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => b.getBoundingClientRect().height);
      const skip = document.querySelector('a[href="#main"]');
      return {
        bodyText: px(p, 'font-size'),
        buttons,
        skipLinkHidden: skip ? skip.getBoundingClientRect().height <= 1 || skip.getBoundingClientRect().top < 0 : true,
        fontFamily: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(look.bodyText, 'body text').toBeGreaterThanOrEqual(18);
    expect(look.buttons.length, 'header buttons and the opened reading toolbar').toBeGreaterThanOrEqual(8);
    for (const h of look.buttons) expect(h, 'header button height').toBeGreaterThanOrEqual(44);
    expect(look.skipLinkHidden, 'skip link hidden until focused').toBe(true);
    expect(look.fontFamily).toContain('system-ui');
    expect(errors).toEqual([]);
  });
}

test('the urgent box has its colours: white on red for 110', async ({ old, baseURL }) => {
  await old.goto(new URL('/', baseURL).href);
  const call = await old.evaluate(() => {
    const a = document.querySelector('a[href="tel:110"]')!;
    const s = getComputedStyle(a);
    return { bg: s.backgroundColor, color: s.color, height: a.getBoundingClientRect().height };
  });
  expect(call.bg).toBe('rgb(179, 38, 30)');
  expect(call.color).toBe('rgb(255, 255, 255)');
  expect(call.height).toBeGreaterThanOrEqual(44);
});

test('特大 makes the text bigger and 高对比 turns the page dark', async ({ old, errors, baseURL }) => {
  await old.goto(new URL('/help/', baseURL).href);
  const before = await old.evaluate(() => ({
    size: parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize),
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  await press(old, '[data-size="xlarge"]');
  await press(old, '[data-contrast]');
  const after = await old.evaluate(() => ({
    size: parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize),
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  expect(after.size).toBeGreaterThanOrEqual(before.size * 1.4);
  expect(after.bg).not.toBe(before.bg);
  const [r, g, b] = after.bg.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, 'a dark background').toBeLessThan(120);
  // Kept for the next page, as on a new phone.
  await old.goto(new URL('/', baseURL).href);
  expect(await old.evaluate(() => document.documentElement.getAttribute('data-text-size'))).toBe('xlarge');
  await old.evaluate(() => localStorage.clear());
  expect(errors).toEqual([]);
});

test('search answers: full text where Pagefind runs, else the best bets with a plain note', async ({ old, errors, baseURL }) => {
  await old.goto(new URL('/search/?q=杀猪盘', baseURL).href);
  await old.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('杀猪盘'), undefined, {
    timeout: 20_000,
  });
  const links = await old.evaluate(() => [...document.querySelectorAll('#search-bets a, #search-results a')].map((a) => a.getAttribute('href')));
  expect(links).toContain('/guides/wangluo-hunlian/');
  const fallbackShown = await old.evaluate(() => !document.getElementById('search-fallback')!.hidden);
  // Pagefind's WebAssembly needs Chrome 96+: this engine gets the fallback, and is told so.
  expect(fallbackShown).toBe(true);
  expect(errors).toEqual([]);
});

test('可疑信息自查 marks the signs and names the scam on the old engine too', async ({ old, errors, baseURL }) => {
  await old.goto(new URL('/check/', baseURL).href, { waitUntil: 'load' });
  await old.evaluate(() => {
    const box = document.getElementById('check-text') as HTMLTextAreaElement;
    box.value = '您涉嫌洗钱，请把存款转到 安 全 账 户 配合调查，不要告诉家人。';
    document.querySelector<HTMLButtonElement>('#check button[type="submit"]')!.click();
  });
  // The check waits for the signs (/check/data.json) before it answers.
  await old.waitForFunction(() => document.querySelector('#check-marked mark') !== null);
  const shown = await old.evaluate(() => ({
    marks: [...document.querySelectorAll('#check-marked mark')].map((m) => m.textContent),
    first: document.querySelector('#check-likely a')?.getAttribute('href'),
  }));
  expect(shown.marks).toContain('安 全 账 户');
  expect(shown.first).toBe('/guides/maochong-gongjianfa/');
  expect(errors).toEqual([]);
});

test('放映模式 turns slides with a clicker’s keys and fills the screen on the old engine too', async ({ old, errors, baseURL }) => {
  await old.setViewportSize({ width: 1280, height: 720 });
  await old.goto(new URL('/present/guides/shuadan-fanli/', baseURL).href, { waitUntil: 'load' });
  const shown = () =>
    old.evaluate(() => {
      const current = document.querySelector('.slide.is-current');
      const box = current?.getBoundingClientRect();
      return {
        id: current?.id,
        visible: [...document.querySelectorAll('.slide')].filter((s) => s.getClientRects().length > 0).length,
        height: box?.height ?? 0,
        heading: current ? parseFloat(getComputedStyle(current.querySelector('h1, h2') ?? current).fontSize) : 0,
      };
    });
  const first = await shown();
  expect(first.id).toBe('slide-1');
  expect(first.visible).toBe(1);
  expect(first.height).toBeGreaterThan(600);
  expect(first.heading).toBeGreaterThan(40);
  await old.keyboard.press('PageDown');
  await old.keyboard.press('ArrowRight');
  expect((await shown()).id).toBe('slide-3');
  await old.keyboard.press('PageUp');
  expect((await shown()).id).toBe('slide-2');
  expect(errors).toEqual([]);
});
