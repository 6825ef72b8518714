/**
 * The LED slogan view (/toolkit/led/, src/client/led.ts) and its link builder on /toolkit/
 * (src/components/LedLinkBuilder.astro): what an officer sends and what a shop's screen then
 * shows. The parameters' parsing itself is unit-tested (tests/unit/led.test.ts); here the view
 * really scrolls, changes with its link, ignores what it does not know, steps one slogan at a
 * time with reduced motion, shows everything without JavaScript, and the builder's link opens
 * the view it describes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations } from './axe';
import { saveWholeSite } from './offline-copy';
import { LED_SCHEMES, LED_SIZES } from '../../src/lib/led';

interface Slogan {
  id: string;
  text: string;
  kind: 'official' | 'original';
}
const slogans = parse(
  readFileSync(resolve(import.meta.dirname, '../../content/slogans.yaml'), 'utf8'),
) as Slogan[];
const textOf = (id: string) => slogans.find((s) => s.id === id)!.text;

const current = (page: Page) => page.locator('.led-item.is-current');
/** The slogans the show will play, in order (the others are hidden). */
const playlist = (page: Page) =>
  page
    .locator('.led-item:not([hidden])')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-led-id')));
const x = (page: Page) =>
  current(page)
    .locator('.led-text')
    .evaluate((el) => el.getBoundingClientRect().left);
const style = (page: Page, property: 'animationDuration' | 'fontSize' | 'color') =>
  current(page)
    .locator('.led-text')
    .evaluate((el, p) => getComputedStyle(el)[p], property);
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test.describe('the LED view', () => {
  test('the plain link shows every slogan, one line at a time, moving across a full screen with nothing else', async ({
    page,
  }) => {
    await page.goto('/toolkit/led/');
    expect((await playlist(page)).sort()).toEqual(slogans.map((s) => s.id).sort());
    await expect(current(page)).toHaveCount(1);
    await expect(page.locator('header, footer, nav')).toHaveCount(0);
    // One line: as tall as a line of its text, however long the slogan.
    const box = await current(page).boundingBox();
    expect(box!.height).toBeLessThan(parseFloat(await style(page, 'fontSize')) * 1.5);
    // The text moves by itself, leftwards.
    const start = await x(page);
    await expect.poll(() => x(page)).toBeLessThan(start - 20);
    // It is the size and colours of the defaults: large, red on black.
    expect(parseFloat(await style(page, 'fontSize'))).toBeCloseTo((720 * LED_SIZES.large) / 100, 0);
    expect(await style(page, 'color')).toBe(rgb(LED_SCHEMES['red-black'].fg));
    // Nothing sticks out: the moving line is clipped by the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
  });

  test('after one slogan has crossed the screen the next one follows, and the list loops', async ({
    page,
  }) => {
    await page.goto('/toolkit/led/?ids=jiushi-buzhuanqian,san-bu-yi-duo&speed=fast');
    expect(await playlist(page)).toEqual(['jiushi-buzhuanqian', 'san-bu-yi-duo']);
    await expect(current(page)).toHaveText(textOf('jiushi-buzhuanqian'));
    // Skip to the end of each crossing instead of waiting for it.
    const finish = () =>
      current(page)
        .locator('.led-text')
        .evaluate((el) => el.getAnimations().forEach((a) => a.finish()));
    await finish();
    await expect(current(page)).toHaveText(textOf('san-bu-yi-duo'));
    await finish();
    await expect(current(page)).toHaveText(textOf('jiushi-buzhuanqian'));
  });

  test('a screen whose system switches to reduced motion mid-show stops scrolling', async ({
    page,
  }) => {
    await page.goto('/toolkit/led/');
    await expect(current(page).locator('.led-text.is-moving')).toHaveCount(1);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(page.locator('html.led-still')).toHaveCount(1);
    await expect(page.locator('.led-text.is-moving')).toHaveCount(0);
    expect(await style(page, 'animationDuration')).toBe('0s');
  });

  test('the link sets speed, size, colours and which slogans', async ({ page }) => {
    await page.goto('/toolkit/led/?ids=jiushi-buzhuanqian');
    const normal = parseFloat(await style(page, 'animationDuration'));
    await page.goto('/toolkit/led/?ids=jiushi-buzhuanqian&speed=slow');
    const slow = parseFloat(await style(page, 'animationDuration'));
    await page.goto(
      '/toolkit/led/?ids=jiushi-buzhuanqian&speed=fast&size=huge&scheme=yellow-black',
    );
    const fast = parseFloat(await style(page, 'animationDuration'));
    expect(slow).toBeGreaterThan(normal);
    expect(normal).toBeGreaterThan(fast);
    expect(parseFloat(await style(page, 'fontSize'))).toBeCloseTo((720 * LED_SIZES.huge) / 100, 0);
    expect(await style(page, 'color')).toBe(rgb(LED_SCHEMES['yellow-black'].fg));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      rgb(LED_SCHEMES['yellow-black'].bg),
    );

    await page.goto('/toolkit/led/?set=official&size=medium&scheme=white-red');
    expect((await playlist(page)).sort()).toEqual(
      slogans
        .filter((s) => s.kind === 'official')
        .map((s) => s.id)
        .sort(),
    );
    expect(parseFloat(await style(page, 'fontSize'))).toBeCloseTo(
      (720 * LED_SIZES.medium) / 100,
      0,
    );
    expect(await style(page, 'color')).toBe(rgb(LED_SCHEMES['white-red'].fg));
    await page.goto('/toolkit/led/?set=original');
    expect((await playlist(page)).sort()).toEqual(
      slogans
        .filter((s) => s.kind === 'original')
        .map((s) => s.id)
        .sort(),
    );
  });

  test('an unknown id, a bad value or markup in the link changes nothing and is never shown', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => void d.dismiss().then(() => errors.push('a dialog opened')));
    await page.goto('/toolkit/led/');
    const plain = await playlist(page);
    const plainColor = await style(page, 'color');
    const plainSize = await style(page, 'fontSize');
    const markup = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await page.goto(
      `/toolkit/led/?ids=${encodeURIComponent(`no-such-slogan,${markup}`)}` +
        `&set=${encodeURIComponent(markup)}&speed=warp&size=${encodeURIComponent(markup)}&scheme=pink`,
    );
    expect(await playlist(page)).toEqual(plain);
    expect(await style(page, 'color')).toBe(plainColor);
    expect(await style(page, 'fontSize')).toBe(plainSize);
    const html = await page.content();
    expect(html).not.toContain('alert(');
    expect(html).not.toContain('no-such-slogan');
    await expect(page.locator('img')).toHaveCount(0);
    // An unknown id among known ones is skipped; the known ones play.
    await page.goto('/toolkit/led/?ids=no-such-slogan,jiushi-buzhuanqian');
    expect(await playlist(page)).toEqual(['jiushi-buzhuanqian']);
    expect(errors).toEqual([]);
  });

  test('controls stay out of the show, appear on keyboard focus or mouse move, and F asks for fullscreen', async ({
    page,
  }) => {
    // Counts the view's fullscreen requests and keeps the last one's outcome (granted or not).
    type Counted = Window & { fullscreenRequests: number; lastRequest?: Promise<boolean> };
    await page.addInitScript(() => {
      const w = window as unknown as Counted;
      w.fullscreenRequests = 0;
      const request = Element.prototype.requestFullscreen;
      Element.prototype.requestFullscreen = function (this: Element, options) {
        w.fullscreenRequests++;
        const result = request.call(this, options);
        w.lastRequest = result.then(
          () => true,
          () => false,
        );
        return result;
      };
    });
    await page.clock.install();
    await page.goto('/toolkit/led/');
    const controls = page.locator('.led-controls');
    await expect(controls).toHaveCSS('opacity', '0');
    const requests = () => page.evaluate(() => (window as unknown as Counted).fullscreenRequests);

    await page.keyboard.press('f');
    expect(await requests()).toBe(1);
    // Headless Chromium may grant it or not; where it does, F (or Esc, the browser's key) leaves.
    if (await page.evaluate(() => (window as unknown as Counted).lastRequest)) {
      await expect(page.getByRole('button', { name: /退出全屏/ })).toBeAttached();
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    }

    await page.keyboard.press('Tab');
    const button = page.getByRole('button', { name: /全屏/ });
    await expect(button).toBeFocused();
    await expect(controls).toHaveCSS('opacity', '1');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '返回宣讲工具箱' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(requests).toBeGreaterThanOrEqual(2);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect(controls).toHaveCSS('opacity', '0');
    await page.mouse.move(200, 200);
    await page.mouse.move(300, 300);
    await expect(controls).toHaveCSS('opacity', '1');
    // A few seconds after the mouse stops, they are gone again.
    await page.clock.runFor(4000);
    await expect(controls).toHaveCSS('opacity', '0');
  });

  test('axe finds nothing on the view in any colour scheme, nor on /toolkit/', async ({ page }) => {
    for (const scheme of Object.keys(LED_SCHEMES)) {
      await page.goto(`/toolkit/led/?scheme=${scheme}`);
      await page.mouse.move(100, 100); // the controls visible, so their contrast is checked
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await page.goto('/toolkit/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the LED view with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('shows one slogan at a time, still, and moves to the next after a few seconds', async ({
    page,
  }) => {
    // A paused clock: only runFor moves the page's time, never the test machine's own pace.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.goto('/toolkit/led/?set=official');
    const official = slogans.filter((s) => s.kind === 'official').map((s) => s.text);
    await expect(page.locator('.led-item:visible')).toHaveCount(1);
    expect(await style(page, 'animationDuration')).toBe('0s');
    const seen: string[] = [];
    for (let i = 0; i < official.length + 1; i++) {
      const now = (await current(page).textContent())!;
      seen.push(now);
      // Still, and the whole slogan on screen, however long (the long rule wraps and shrinks).
      const at = await x(page);
      expect(
        await current(page).evaluate((li) => li.getBoundingClientRect().bottom <= innerHeight),
      ).toBe(true);
      // The page's clock moves on a second at a time until the next slogan replaces this one.
      let seconds = 0;
      while ((await current(page).textContent()) === now && seconds < 60) {
        await page.clock.runFor(1000);
        seconds++;
        if ((await current(page).textContent()) === now) expect(await x(page)).toBe(at);
      }
      expect(seconds, now).toBeGreaterThanOrEqual(4);
      expect(seconds, now).toBeLessThan(60);
    }
    // Every official line came in turn, then the first again.
    expect(seen.slice(0, official.length).sort()).toEqual([...official].sort());
    expect(seen[official.length]).toBe(seen[0]);
  });
});

test.describe('the LED view without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every slogan as large static text', async ({ page }) => {
    await page.goto('/toolkit/led/');
    const items = page.locator('.led-item');
    await expect(items).toHaveCount(slogans.length);
    for (const s of slogans) await expect(page.getByText(s.text, { exact: true })).toBeVisible();
    const size = await items.first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    await expect(page.getByRole('link', { name: '返回宣讲工具箱' })).toBeVisible();
    // On a 320 px phone the lines wrap: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  });
});

test.describe('the LED view offline', () => {
  // The offline worker is what this test is about (playwright.config.ts blocks it elsewhere).
  test.use({ serviceWorkers: 'allow' });

  test('once 保存全站 has been pressed on /toolkit/, the builder and the view work with no network', async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    await page.goto('/toolkit/');
    await saveWholeSite(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('radio', { name: '只播官方口诀' }).check();
    await page.getByLabel('滚动速度').selectOption('fast');
    await page.getByRole('button', { name: '打开滚动屏' }).click();
    await expect(page).toHaveURL(/\/toolkit\/led\/\?set=official&speed=fast$/);
    expect((await playlist(page)).sort()).toEqual(
      slogans
        .filter((s) => s.kind === 'official')
        .map((s) => s.id)
        .sort(),
    );
    const start = await x(page);
    await expect.poll(() => x(page)).toBeLessThan(start - 20);
  });
});

test.describe('the link builder on /toolkit/', () => {
  test('chosen slogans, speed, size and colours give a short link that opens that view', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/toolkit/');
    const link = page.getByLabel('发给别人的链接');
    await expect(link).toHaveValue(`${baseURL}/toolkit/led/`);
    await page.locator('summary', { hasText: '只挑选其中几条' }).click();
    await page.getByRole('checkbox', { name: textOf('shuadan-tiantou') }).check();
    await page.getByRole('checkbox', { name: textOf('jiushi-buzhuanqian') }).check();
    await page.getByLabel('滚动速度').selectOption('slow');
    await page.getByLabel('颜色').selectOption('white-blue');
    const expected =
      '/toolkit/led/?ids=jiushi-buzhuanqian,shuadan-tiantou&speed=slow&scheme=white-blue';
    await expect(link).toHaveValue(`${baseURL}${expected}`);
    await expect(page.getByRole('link', { name: '在这台设备上预览' })).toHaveAttribute(
      'href',
      expected,
    );
    await page.getByRole('button', { name: '打开滚动屏' }).click();
    await expect(page).toHaveURL(`${baseURL}${expected}`);
    // The address changes before the view's script has run: read it once the page has loaded.
    await page.waitForLoadState('load');
    expect(await playlist(page)).toEqual(['jiushi-buzhuanqian', 'shuadan-tiantou']);
    expect(await style(page, 'color')).toBe(rgb(LED_SCHEMES['white-blue'].fg));
  });

  test('a set instead of single slogans', async ({ page, baseURL }) => {
    await page.goto('/toolkit/');
    await page.getByRole('radio', { name: '只播官方口诀' }).check();
    await page.getByLabel('字的大小').selectOption('huge');
    await expect(page.getByLabel('发给别人的链接')).toHaveValue(
      `${baseURL}/toolkit/led/?set=official&size=huge`,
    );
  });

  test('copy link copies it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/toolkit/');
    await page.getByLabel('滚动速度').selectOption('fast');
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByText('链接已复制')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/toolkit/led/?speed=fast`,
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the form itself opens the chosen view (the choices read when the screen runs a script)', async ({
      page,
      browser,
    }) => {
      await page.goto('/toolkit/');
      await expect(page.getByLabel('发给别人的链接')).toBeHidden();
      await page.locator('summary', { hasText: '只挑选其中几条' }).click();
      await page.getByRole('checkbox', { name: textOf('jiushi-buzhuanqian') }).check();
      await page.getByLabel('颜色').selectOption('green-black');
      await page.getByRole('button', { name: '打开滚动屏' }).click();
      await expect(page).toHaveURL(/\/toolkit\/led\/\?/);
      const query = new URL(page.url()).searchParams;
      expect(query.getAll('ids')).toEqual(['jiushi-buzhuanqian']);
      expect(query.get('scheme')).toBe('green-black');
      // The screen that opens this link runs scripts: the same address shows that choice.
      const withScripts = await browser.newContext({
        javaScriptEnabled: true,
        serviceWorkers: 'block',
      });
      const screen = await withScripts.newPage();
      await screen.goto(page.url());
      expect(await playlist(screen)).toEqual(['jiushi-buzhuanqian']);
      expect(await style(screen, 'color')).toBe(rgb(LED_SCHEMES['green-black'].fg));
      await withScripts.close();
    });
  });
});
