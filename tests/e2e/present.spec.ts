/**
 * 放映模式 (/present/…) in a browser: a clicker's and a keyboard's keys turn the slides, parts
 * reveal one press at a time, the counter is read out, the slide is kept in the address, Esc goes
 * back to the page, F asks for fullscreen; the QR codes on the slides open the page presented; the
 * type is big; without JavaScript the deck is a long readable page; every deck passes axe and fits
 * a phone. What each deck holds is checked over dist/ in tests/build/decks.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations } from './axe';
import { decks } from '../support/decks';
import { deckFitProblems } from './deck-fit';
import { holdBack } from './hold';
import { firstPaint, layoutShifts, watchLayoutShifts } from './layout-shift';

const DECK = '/present/guides/shuadan-fanli/';
const canonical = (page: Page) =>
  page.locator('link[rel="canonical"]').getAttribute('href') as Promise<string>;
const current = (page: Page) => page.locator('.slide.is-current');
const counter = (page: Page) => page.locator('[data-deck-count]');

async function decode(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test.use({ viewport: { width: 1280, height: 720 } });

test('a clicker’s and a keyboard’s keys turn the slides; the counter and the address follow', async ({
  page,
}) => {
  await page.goto(DECK);
  const total = await page.locator('.slide').count();
  expect(total).toBeGreaterThan(20);
  await expect(current(page)).toHaveId('slide-1');
  await expect(counter(page)).toHaveText(`第 1 张，共 ${total} 张：刷单返利诈骗`);
  // Only the current slide is shown.
  await expect(page.locator('.slide:visible')).toHaveCount(1);

  for (const [key, expected] of [
    ['PageDown', 2],
    ['ArrowRight', 3],
    [' ', 4],
    ['ArrowDown', 5],
    ['PageUp', 4],
    ['ArrowLeft', 3],
    ['Shift+Space', 2],
    ['End', total],
    ['Home', 1],
  ] as const) {
    await page.keyboard.press(key);
    await expect(current(page), `after ${key}`).toHaveId(`slide-${expected}`);
    await expect(counter(page)).toContainText(`第 ${expected} 张，共 ${total} 张`);
    expect(new URL(page.url()).hash).toBe(`#${expected}`);
  }
  await expect(counter(page)).toHaveAttribute('aria-live', 'polite');

  // Forward from the last slide stays there; back from the first too.
  await page.keyboard.press('ArrowLeft');
  await expect(current(page)).toHaveId('slide-1');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toHaveId(`slide-${total}`);

  // A reload (or a link sent with #n) opens that slide.
  await page.goto(`${DECK}#7`);
  await expect(current(page)).toHaveId('slide-7');

  // The buttons and a tap do the same.
  await page.getByRole('button', { name: '下一张' }).click();
  await expect(current(page)).toHaveId('slide-8');
  await page.getByRole('button', { name: '上一张' }).click();
  await expect(current(page)).toHaveId('slide-7');
  await page.mouse.click(1000, 300);
  await expect(current(page)).toHaveId('slide-8');
  await page.mouse.click(100, 300);
  await expect(current(page)).toHaveId('slide-7');
});

test('a scammer’s line comes first; its 破绽 and the right reply appear on the next presses', async ({
  page,
}) => {
  await page.goto(DECK);
  const index = await page
    .locator('.slide')
    .evaluateAll((slides) => slides.findIndex((s) => s.classList.contains('slide--line')));
  await page.goto(`${DECK}#${index + 1}`);
  const slide = current(page);
  await expect(slide).toHaveClass(/slide--line/);
  await expect(slide.locator('.slide-quote')).toBeVisible();
  await expect(slide.locator('.slide-sign')).toBeHidden();
  await expect(slide.locator('.slide-reply')).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect(slide.locator('.slide-sign')).toBeVisible();
  await expect(slide.locator('.slide-reply')).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect(slide.locator('.slide-reply')).toBeVisible();
  await expect(current(page)).toHaveId(`slide-${index + 1}`);
  await page.keyboard.press('PageDown');
  await expect(current(page)).toHaveId(`slide-${index + 2}`);
  // Back shows the line whole again.
  await page.keyboard.press('PageUp');
  await expect(current(page).locator('.slide-reply')).toBeVisible();
});

test('Esc leaves the show for the page; F asks for fullscreen', async ({ page }) => {
  await page.goto(DECK);
  await page.evaluate(() => {
    (window as unknown as { asked: number }).asked = 0;
    const original = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
      (window as unknown as { asked: number }).asked += 1;
      return original.call(this, options).catch(() => undefined);
    };
  });
  await page.keyboard.press('f');
  expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
  await page.evaluate(() =>
    document.fullscreenElement ? document.exitFullscreen() : Promise.resolve(),
  );
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/guides\/shuadan-fanli\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('刷单返利诈骗');
});

test('the QR codes on the first and last slides, and in a slide’s corner, open the page presented', async ({
  page,
}) => {
  await page.goto(DECK);
  const source = await canonical(page);
  expect(new URL(source).pathname).toBe('/guides/shuadan-fanli/');
  expect(await decode(page, '.slide.is-current .deck-qr-big')).toBe(source);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await decode(page, '.slide.is-current .deck-qr-corner')).toBe(source);
  await page.keyboard.press('End');
  expect(await decode(page, '.slide.is-current .deck-qr-big')).toBe(source);
  await expect(current(page)).toContainText(source);
});

test('the type is big enough for the back of a hall: a section title over a tenth of the screen’s height', async ({
  page,
}) => {
  await page.goto(`${DECK}#2`);
  await expect(current(page)).toHaveClass(/slide--section/);
  const heading = current(page).locator('.slide-heading');
  expect(await heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(
    72,
  );
});

test('every slide of every deck fits the screen, on a projector (1280×720) and a phone held sideways (844×390) or upright (390×844), in type no smaller than 3 % of the screen', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(
    await deckFitProblems(
      page,
      decks().map((d) => d.url),
    ),
  ).toEqual([]);
});

test('each slide is a full-screen panel from the first paint: starting the show moves nothing, and if its script never comes the panels scroll one screen at a time', async ({
  page,
}) => {
  const script = await holdBack(page, '**/_astro/DeckShell.astro*.js');
  await watchLayoutShifts(page);
  const box = (selector: string) => page.locator(selector).first().boundingBox();

  // The script never arrives: the first slide fills the screen above the bar's place, the next
  // one is a scroll away, and the way back comes after the last.
  await page.goto(DECK, { waitUntil: 'commit' });
  await firstPaint(page);
  await expect(page.locator('#slide-1')).toBeVisible();
  expect(await box('#slide-1')).toEqual({ x: 0, y: 0, width: 1280, height: 720 - 56 });
  await expect(page.locator('[data-deck-bar]')).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect.poll(() => box('#slide-2').then((b) => b?.y)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  const back = page.getByRole('link', { name: '退出放映，回到原页' });
  await back.scrollIntoViewIfNeeded();
  await expect(back).toBeInViewport();
  // It fails to load: the deck becomes the long page it is without JavaScript, its note first.
  script.fail();
  await expect(page.locator('.deck-intro')).toBeVisible();
  await expect(page.locator('.deck-outro')).toBeHidden();

  // It comes late: the show starts on the first slide, where it already was.
  script.again();
  await page.goto(DECK, { waitUntil: 'commit' });
  await firstPaint(page);
  await expect(page.locator('#slide-1')).toBeVisible();
  const before = await box('#slide-1');
  script.arrive();
  await expect(current(page)).toHaveId('slide-1');
  expect(await box('#slide-1')).toEqual(before);
  await expect(page.locator('[data-deck-bar]')).toBeVisible();
  expect(await layoutShifts(page)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the deck is a long readable page: every slide shown, the controls hidden, a way back', async ({
    page,
  }) => {
    await page.goto(DECK);
    const slides = page.locator('.slide');
    const total = await slides.count();
    await expect(page.locator('.slide:visible')).toHaveCount(total);
    await expect(page.locator('.slide-sign').first()).toBeVisible();
    await expect(page.locator('[data-deck-bar]')).toBeHidden();
    await expect(page.getByRole('link', { name: '退出放映，回到原页' }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
  });
});

const BATCHES = 2;
for (let batch = 0; batch < BATCHES; batch++) {
  const mine = decks().filter((_, i) => i % BATCHES === batch);
  test(`every deck: no errors, axe clean in the show and as a page, no sideways scroll at 320 px, batch ${batch + 1} of ${BATCHES} (${mine.length} decks)`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + mine.length * 5_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const wrong: string[] = [];
    for (const deck of mine) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(deck.url);
      await page.keyboard.press('End');
      for (const v of await axeViolations(page)) wrong.push(`${deck.url} (show): ${v}`);
      // As the long page a browser without JavaScript shows.
      await page.evaluate(() => {
        document.documentElement.classList.remove('deck-on');
        document.documentElement.removeAttribute('data-js');
      });
      for (const v of await axeViolations(page)) wrong.push(`${deck.url} (page): ${v}`);
      await page.setViewportSize({ width: 320, height: 640 });
      if ((await page.evaluate(() => document.documentElement.scrollWidth)) > 320)
        wrong.push(`${deck.url}: wider than 320 px`);
    }
    expect(errors).toEqual([]);
    expect(wrong).toEqual([]);
  });
}
