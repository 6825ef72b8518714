/**
 * 防骗演练 in a real browser, as a reader plays it: keyboard only, down a safe path and down a
 * risky one; the chat lines arriving one at a time, and nothing on the page moving as they do
 * (they scroll inside the chat pane); the page without JavaScript; axe and a 320 px
 * phone with the chat played to its end, in standard and in 特大+高对比. The rehearsal and its
 * replies are read from content/, so editing its text does not break the test.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, STYLE_RULES } from './axe';
import { layoutShifts, watchLayoutShifts } from './layout-shift';
import { readYamlCollection } from '../support/content-files';
import type { Script, Turn } from '../../src/lib/rehearsal';

type Rehearsal = Script & { who: string; guide: string; title: string };
const rehearsals = readYamlCollection('rehearsals').map((f) => ({
  id: f.id,
  ...(f.data as unknown as Rehearsal),
}));
const played = rehearsals.find((r) => r.id === 'shuadan-fanli') ?? rehearsals[0]!;
const URL = `/quiz/rehearsal/${played.id}/`;
const turn = (id: string) => played.turns.find((t) => t.id === id)!;
const risky = (t: Turn) => t.choices!.findIndex((c) => !c.safe);
const safe = (t: Turn) => t.choices!.findIndex((c) => c.safe);

const log = (page: Page) => page.getByRole('log');
const choices = (page: Page) => page.locator('#rehearsal-choices button');

/** Picks choice `index` of the turn on screen with the keyboard: focus starts on the first. */
async function pick(page: Page, t: Turn, index: number) {
  await expect(choices(page)).toHaveCount(t.choices!.length);
  await expect(choices(page).first()).toBeFocused();
  for (let i = 0; i < index; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t.choices![index]!.text })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Plays risky replies from the start until the turn `stop` (or the lost ending). */
async function playRisky(page: Page, stop?: string): Promise<Turn> {
  let t = turn(played.start);
  while (!t.end && t.id !== stop) {
    await pick(page, t, risky(t));
    t = turn(t.choices![risky(t)]!.next!);
  }
  return t;
}

test.describe('with reduced motion (no delay between lines)', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a reader who falls for the first step, then replies safely: a warning note, then the result with what to do and the guide', async ({
    page,
  }) => {
    await page.goto(URL);
    await expect(page.getByText('模拟演练：以下对话是为练习编写的，不是真实聊天')).toBeVisible();
    await expect(log(page)).toHaveAttribute('aria-live', 'polite');
    const first = turn(played.start);
    for (const m of first.messages) await expect(log(page)).toContainText(m);
    // The full script waits until the end, so it does not give the answers away.
    await expect(page.locator('#rehearsal-script')).toBeHidden();
    await pick(page, first, risky(first));
    await expect(log(page).locator('.chat-me')).toHaveText(
      new RegExp(first.choices![risky(first)]!.text),
    );
    await expect(log(page)).toContainText(
      `你刚才漏掉了一个危险信号：${first.choices![risky(first)]!.sign}`,
    );
    const second = turn(first.choices![risky(first)]!.next!);
    for (const m of second.messages) await expect(log(page)).toContainText(m);
    await pick(page, second, safe(second));
    const heading = page.getByRole('heading', { name: '你识破了这个骗局' });
    await expect(heading).toBeFocused();
    const result = page.getByRole('region', { name: '你识破了这个骗局' });
    await expect(result).toContainText(second.choices![safe(second)]!.sign);
    await expect(result).toContainText('96110');
    await expect(result).toContainText('110');
    await expect(result.getByRole('link', { name: /^读一读：/ })).toHaveAttribute(
      'href',
      `/guides/${played.guide}/`,
    );
    await expect(page.locator('#rehearsal-choices')).toBeHidden();
    await expect(page.locator('#rehearsal-script')).toBeVisible();
    // 重新演练 starts again from the first line.
    await page.getByRole('button', { name: '重新演练' }).press('Enter');
    await expect(result).toBeHidden();
    await expect(log(page).locator('.chat-me')).toHaveCount(0);
    await expect(choices(page).first()).toBeFocused();
  });

  test('a reader who takes every risky reply: a warning note at each step, then the lost ending says so and what to do now', async ({
    page,
  }) => {
    await page.goto(URL);
    const ending = await playRisky(page);
    const notes = log(page).locator('.chat-note');
    let steps = 0;
    for (let t = turn(played.start); !t.end; t = turn(t.choices![risky(t)]!.next!)) steps++;
    await expect(notes).toHaveCount(steps);
    await expect(notes.first()).toContainText('你刚才漏掉了一个危险信号：');
    const heading = page.getByRole('heading', { name: '钱被骗走了' });
    await expect(heading).toBeFocused();
    const result = page.getByRole('region', { name: '钱被骗走了' });
    await expect(result).toContainText(ending.outcome!);
    await expect(result.getByRole('link', { name: /^读一读：/ })).toHaveAttribute(
      'href',
      `/guides/${played.guide}/`,
    );
  });

  for (const mode of ['standard', '特大+高对比'] as const) {
    test(`played to the end on a 320 px phone in ${mode}: axe clean, nothing wider than the screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      if (mode !== 'standard') {
        await page.addInitScript(() =>
          localStorage.setItem(
            'bingcheng-reading',
            JSON.stringify({ size: 'xlarge', contrast: 'high' }),
          ),
        );
      }
      await page.goto(URL);
      await playRisky(page);
      await expect(page.getByRole('heading', { name: '钱被骗走了' })).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      // Again, with the choice buttons on screen.
      await page.getByRole('button', { name: '重新演练' }).click();
      await expect(choices(page).first()).toBeFocused();
      expect(await axeViolations(page, { rules: STYLE_RULES })).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    });
  }
});

test('the scammer’s lines arrive one at a time, the choices after the last', async ({ page }) => {
  await page.clock.install();
  await page.goto(URL);
  const first = turn(played.start);
  const bubbles = log(page).locator('.chat-them');
  await page.clock.runFor(1);
  await expect(bubbles).toHaveCount(1);
  await expect(page.locator('#rehearsal-choices')).toBeHidden();
  for (let n = 2; n <= first.messages.length; n++) {
    await page.clock.runFor(700);
    await expect(bubbles).toHaveCount(n);
  }
  await page.clock.runFor(700);
  await expect(choices(page)).toHaveCount(first.choices!.length);
});

test('nothing on the page moves while the lines arrive: they scroll inside the chat pane, and the ending takes its room at the reader’s tap', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await watchLayoutShifts(page);
  await page.clock.install();
  await page.goto(URL);
  const box = async () => (await page.locator('#rehearsal-log').boundingBox())!;
  const pane = await box();
  let t = turn(played.start);
  for (;;) {
    // Each line of the turn, long after the reader's last tap (a shift within 0.5 s of an input
    // is the reader's doing and not counted), so any movement here counts.
    await page.waitForTimeout(600);
    for (let n = 0; n <= t.messages.length; n++) await page.clock.runFor(700);
    if (t.end) break;
    await expect(choices(page).first()).toBeFocused();
    const i = risky(t);
    await choices(page).nth(i).press('Enter');
    t = turn(t.choices![i]!.next!);
  }
  await expect(page.getByRole('heading', { name: '钱被骗走了' })).toBeFocused();
  await expect(page.locator('#rehearsal-script')).toBeVisible();
  // The pane kept its height as the log filled; the lines scrolled inside it.
  expect((await box()).height).toBeLessThanOrEqual(pane.height);
  expect(await page.locator('#rehearsal-log').evaluate((l) => l.scrollTop)).toBeGreaterThan(0);
  expect(await layoutShifts(page)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every rehearsal is a readable script: each turn, each reply marked 安全 or 危险 with why, where it leads', async ({
    page,
  }) => {
    for (const r of rehearsals) {
      await page.goto(`/quiz/rehearsal/${r.id}/`);
      await expect(page.getByText('模拟演练：以下对话是为练习编写的，不是真实聊天')).toBeVisible();
      await expect(page.getByRole('log')).toBeHidden();
      const script = page.getByRole('region', { name: '完整对话和每个选项的解释' });
      await expect(script).toBeVisible();
      await expect(script.locator('ol > li')).toHaveCount(r.turns.length);
      for (const t of r.turns) {
        for (const m of t.messages) await expect(script).toContainText(m);
        for (const c of t.choices ?? []) {
          const item = script.locator('li li').filter({ hasText: c.text });
          await expect(item).toContainText(c.safe ? '安全' : '危险');
          await expect(item).toContainText(c.sign);
        }
      }
      await expect(page.getByRole('link', { name: /^读一读：/ }).first()).toHaveAttribute(
        'href',
        `/guides/${r.guide}/`,
      );
    }
  });
});
