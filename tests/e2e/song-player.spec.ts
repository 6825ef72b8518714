/**
 * The song player, driven with the test song: tests/fixtures/song/test-song.lrc (a chorus
 * line with two timestamps, a blank pause line, [offset:+100]) and a 10-second tone that
 * scripts/song-fixture.ts generates. Runs against that build, served on demand (./servers.ts).
 */
import { expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { songTest as test } from './servers';

const current = (page: Page) => page.locator('ol[data-lyrics] > li[aria-current="true"]');
const audioPaused = (page: Page) =>
  page.locator('audio').evaluate((a: HTMLAudioElement) => a.paused);

// One worker runs this file's tests in order, so the fixture is built once, beside other tests
// (the 'song' project in playwright.config.ts).
test.describe.configure({ mode: 'default' });

test.beforeEach(async ({ page }) => {
  await page.goto('/song/');
});

test('the lyrics are listed in time order, a repeated line once per timestamp, with the offset applied', async ({
  page,
}) => {
  const items = page.locator('ol[data-lyrics] > li');
  await expect(items).toHaveCount(17);
  await expect(items.nth(0)).toHaveAttribute('data-time', '0.5');
  await expect(items.nth(1)).toContainText('测试副歌（唱两遍）');
  await expect(items.nth(11)).toContainText('测试副歌（唱两遍）');
  await expect(items.nth(11)).toHaveAttribute('data-time', '6');
  await expect(items.nth(6)).toContainText('♪');
  await expect(page.locator('[data-song-pending]')).toHaveCount(0);
  await expect(current(page)).toHaveCount(0);
});

/** Starts recording every line that gets highlighted, in order. */
async function recordHighlights(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const li = r.target as HTMLElement;
        if (li.getAttribute('aria-current') === 'true')
          seen.push(li.querySelector('.lyric-text')!.textContent!);
      }
    }).observe(document.querySelector('ol[data-lyrics]')!, {
      attributeFilter: ['aria-current'],
      subtree: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

/** Moves the recording to `seconds`, as playback reaching that moment would. */
const playTo = (page: Page, seconds: number) =>
  page.locator('audio').evaluate((a: HTMLAudioElement, t) => {
    a.currentTime = t;
    a.dispatchEvent(new Event('timeupdate'));
  }, seconds);

test('playing highlights the line being sung and follows the music', async ({ page }) => {
  const highlighted = await recordHighlights(page);
  await page.getByRole('button', { name: /测试第四句/ }).click();
  expect(await audioPaused(page)).toBe(false);
  await expect.poll(highlighted).toContain('测试第四句');
  expect((await highlighted())[0]).toBe('测试第四句');
  // The recording really plays on: the highlight leaves the clicked line by itself.
  await expect
    .poll(async () => (await highlighted()).length, { timeout: 15_000 })
    .toBeGreaterThan(1);
  // Then time is driven, not waited for: each moment highlights its own line, through the pause.
  await page.locator('audio').evaluate((a: HTMLAudioElement) => a.pause());
  const times = await page.locator('ol[data-lyrics] > li').evaluateAll((items) =>
    items.map((li) => ({
      time: Number(li.getAttribute('data-time')),
      text: li.querySelector('.lyric-text')!.textContent!,
    })),
  );
  for (const [i, line] of times.entries()) {
    const next = times[i + 1]?.time ?? line.time + 1;
    await playTo(page, (line.time + next) / 2);
    await expect(current(page).locator('.lyric-text'), `at ${(line.time + next) / 2} s`).toHaveText(
      line.text,
    );
  }
  // And back: an earlier moment highlights the earlier line again.
  await playTo(page, (times[1]!.time + times[2]!.time) / 2);
  await expect(current(page).locator('.lyric-text')).toHaveText(times[1]!.text);
});

test('the current line is scrolled into view inside the lyrics box, not the page', async ({
  page,
}) => {
  const list = page.locator('ol[data-lyrics]');
  const overflow = await list.evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(overflow, 'the fixture has more lines than the box shows').toBe(true);
  await page.getByRole('button', { name: /测试第一句/ }).click();
  const pageScroll = await page.evaluate(() => window.scrollY);
  await page.locator('audio').evaluate((a: HTMLAudioElement) => {
    a.pause();
    a.currentTime = 8.3;
  });
  await expect(current(page)).toContainText('测试第十六句');
  await expect
    .poll(async () => {
      const [box, line] = await Promise.all([list.boundingBox(), current(page).boundingBox()]);
      return box && line ? line.y >= box.y && line.y + line.height <= box.y + box.height : false;
    })
    .toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
});

test('works from the keyboard: a lyric line plays from there', async ({ page }) => {
  const highlighted = await recordHighlights(page);
  const line = page.getByRole('button', { name: /测试第十句/ });
  await line.focus();
  await page.keyboard.press('Enter');
  await expect.poll(highlighted).toContain('测试第十句');
  expect((await highlighted())[0]).toBe('测试第十句');
  // Playback started exactly at the line's time (5.0 s after the offset), however slow the machine.
  const starts = await page
    .locator('audio')
    .evaluate((a: HTMLAudioElement) =>
      Array.from({ length: a.played.length }, (_, i) => a.played.start(i)),
    );
  expect(
    starts.some((s) => Math.abs(s - 5.0) < 0.05),
    `played ranges start at ${starts.join(', ')}`,
  ).toBe(true);
});

test('the big-lyrics view shows the line huge, steps by keyboard, plays and pauses, and closes with Esc', async ({
  page,
}) => {
  const open = page.getByRole('button', { name: '大字歌词（领舞、投屏用）' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: '大字歌词' });
  await expect(dialog).toBeVisible();
  const now = dialog.locator('.big-now');
  // Before the first line, the view shows what comes next.
  await expect(dialog.locator('.big-next')).toHaveText('测试第一句');
  const size = await now.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size, 'big enough to read across a square').toBeGreaterThanOrEqual(40);

  // Stepping moves line by line (and seeks the recording) without starting the music.
  await expect(dialog.getByRole('button', { name: '播放' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(now).toHaveText('测试第一句');
  await page.keyboard.press('ArrowRight');
  await expect(now).toHaveText('测试副歌（唱两遍）');
  await expect(dialog.locator('.big-prev')).toHaveText('测试第一句');
  await expect(dialog.locator('.big-next')).toHaveText('测试第三句');
  expect(await audioPaused(page)).toBe(true);
  expect(await page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime)).toBeCloseTo(
    1.0,
    1,
  );

  // Space on the focused play button plays, and again pauses.
  await page.keyboard.press(' ');
  await expect(dialog.getByRole('button', { name: '暂停' })).toBeVisible();
  await expect.poll(() => audioPaused(page)).toBe(false);
  await page.keyboard.press(' ');
  await expect(dialog.getByRole('button', { name: '播放' })).toBeVisible();
  await expect.poll(() => audioPaused(page)).toBe(true);
  const before = await dialog.locator('.big-prev').textContent();
  await page.keyboard.press('ArrowLeft');
  await expect(now).toHaveText(before!);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('the big-lyrics buttons are large enough to tap and the view passes axe', async ({ page }) => {
  await page.getByRole('button', { name: '大字歌词（领舞、投屏用）' }).click();
  const dialog = page.getByRole('dialog', { name: '大字歌词' });
  for (const button of await dialog.getByRole('button').all()) {
    if (!(await button.isVisible())) continue;
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  expect(await axeViolations(page, { all: true })).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the recording has the browser’s own controls and the lyrics are plain text', async ({
    page,
  }) => {
    await page.goto('/song/');
    await expect(page.locator('audio[controls] source')).toHaveAttribute(
      'src',
      '/song/test-song.wav',
    );
    await expect(page.locator('ol[data-lyrics]')).toContainText('测试最后一句');
    await expect(page.locator('ol[data-lyrics] button')).toHaveCount(0);
    // All of it on the page, not in a scroll box a keyboard could not scroll.
    expect(
      await page.locator('ol[data-lyrics]').evaluate((el) => el.scrollHeight <= el.clientHeight),
    ).toBe(true);
    await expect(page.getByRole('button', { name: '大字歌词（领舞、投屏用）' })).toBeHidden();
  });
});

test('the recording is served with an audio type', async ({ request }) => {
  const response = await request.get('/song/test-song.wav');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^audio\//);
  expect((await response.body()).subarray(0, 4).toString('ascii')).toBe('RIFF');
});
