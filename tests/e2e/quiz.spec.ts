/**
 * The self-test (/quiz/…) and its classroom mode (/quiz/<audience>/class/) in a browser. The
 * students' quiz is played end to end with a fixed seed (?seed=42): the questions drawn are the
 * ones src/lib/quiz.ts draws, some answered right and some wrong from the page's own data, and the
 * score and the review (right or wrong, the guide linked) follow; 再测一次 draws again. The first
 * question is on the page at the first paint and nothing moves when the script starts; it can be
 * answered before the pool arrives, and the next question waits for it. The
 * classroom mode is run by keyboard alone: the answer, then the explanation, then the next
 * question; Home/End; the QR code on the last slide opens the student quiz; every question slide,
 * fully revealed, fits a projector and a phone held sideways or upright. Without JavaScript the
 * quiz is a list with answers in <details>. axe on the answered and the result states (in 特大+高对比
 * too) and on every classroom page; the quiz pages themselves are in the sitemap, so
 * tests/e2e/every-page.spec.ts checks them as they load.
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations, STYLE_RULES } from './axe';
import {
  classOrder,
  noJsSample,
  openingRound,
  QUIZ_LENGTH,
  type PlayedQuestion,
} from '../../src/lib/quiz';
import { holdBack } from './hold';
import { firstPaint, layoutShifts, watchLayoutShifts } from './layout-shift';
import { readCollection, readYamlCollection } from '../support/content-files';
import { deckFitProblems } from './deck-fit';

const QUIZ = '/quiz/students/';
const CLASS = '/quiz/students/class/';
const audiences = readCollection('audiences').map((a) => a.id);

interface Item {
  id: string;
  answer: number;
  guide: string;
  options: number;
}

/** The questions of the page's pool, as its script fetches them (the JSON the page names). */
const poolOf = async (page: Page): Promise<Item[]> => {
  const src = await page.locator('#quiz').getAttribute('data-questions');
  const response = await page.request.get(src!);
  expect(response.ok()).toBe(true);
  const pool = (await response.json()) as PlayedQuestion[];
  return pool.map((q) => ({
    id: q.id,
    answer: q.answer,
    guide: q.guideUrl,
    options: q.options.length,
  }));
};

const cardId = (page: Page) => page.locator('#quiz-card').getAttribute('data-id');

async function styleViolations(page: Page, where: string): Promise<string[]> {
  const standard = (await axeViolations(page)).map((v) => `${where}: ${v}`);
  await page.evaluate(() => {
    document.documentElement.dataset['textSize'] = 'xlarge';
    document.documentElement.dataset['contrast'] = 'high';
  });
  const high = (await axeViolations(page, { rules: STYLE_RULES })).map(
    (v) => `${where} (特大+高对比): ${v}`,
  );
  await page.evaluate(() => {
    delete document.documentElement.dataset['textSize'];
    delete document.documentElement.dataset['contrast'];
  });
  return [...standard, ...high];
}

test('the students’ quiz with ?seed=42: ten questions one at a time, the score right, every review item linking its guide; 再测一次 draws again', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${QUIZ}?seed=42`);
  const pool = await poolOf(page);
  expect(pool.length).toBeGreaterThan(QUIZ_LENGTH);
  const drawn = openingRound(pool, noJsSample(pool)[0]!, QUIZ_LENGTH, 42);
  await expect(page.locator('#quiz-list')).toBeHidden();
  await expect(page.locator('#quiz-card')).toBeVisible();

  const violations: string[] = [];
  let expected = 0;
  for (const [n, q] of drawn.entries()) {
    await expect(page.locator('#quiz-progress')).toHaveText(`第 ${n + 1} 题，共 ${QUIZ_LENGTH} 题`);
    expect(await cardId(page)).toBe(q.id);
    if (n > 0) await expect(page.locator('#quiz-heading')).toBeFocused();
    const options = page.locator('#quiz-options button');
    await expect(options).toHaveCount(q.options);
    // Right on the questions 1, 2, 4, 5, 7, 8, 10; wrong on 3, 6, 9.
    const right = n % 3 !== 2;
    const chosen = right ? q.answer : (q.answer + 1) % q.options;
    if (right) expected += 1;
    await options.nth(chosen).click();
    await expect(page.locator('#quiz-verdict')).toHaveText(
      right ? '答对了！' : `答错了。正确答案是 ${String.fromCharCode(65 + q.answer)}。`,
    );
    await expect(page.locator('#quiz-status')).toHaveText(
      (await page.locator('#quiz-verdict').textContent())!,
    );
    await expect(options.nth(q.answer)).toContainText('（正确答案）');
    if (!right) await expect(options.nth(chosen)).toContainText('（你的选择）');
    await expect(page.locator('#quiz-guide')).toHaveAttribute('href', q.guide);
    const next = page.locator('#quiz-next');
    await expect(next).toBeFocused();
    await expect(next).toHaveText(n + 1 < QUIZ_LENGTH ? '下一题' : '看得分');
    if (n === 2) violations.push(...(await styleViolations(page, 'answered wrong')));
    await page.keyboard.press('Enter');
  }

  const score = page.locator('#quiz-score');
  await expect(score).toHaveText(`你答对了 ${expected} 题（共 ${QUIZ_LENGTH} 题）`);
  await expect(score).toBeFocused();
  const review = page.locator('#quiz-review > li');
  await expect(review).toHaveCount(QUIZ_LENGTH);
  for (const [n, q] of drawn.entries()) {
    const item = review.nth(n);
    await expect(item).toHaveAttribute('data-id', q.id);
    await expect(item).toHaveAttribute('data-right', String(n % 3 !== 2));
    await expect(item).toContainText(
      n % 3 !== 2 ? `第 ${n + 1} 题：答对了` : `第 ${n + 1} 题：答错了`,
    );
    await expect(item.locator('a')).toHaveAttribute('href', q.guide);
  }
  violations.push(...(await styleViolations(page, 'result')));
  expect(violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const first = drawn.map((q) => q.id);
  await page.getByRole('button', { name: '再测一次' }).click();
  await expect(page.locator('#quiz-progress')).toHaveText(`第 1 题，共 ${QUIZ_LENGTH} 题`);
  await expect(page.locator('#quiz-heading')).toBeFocused();
  await expect(page.locator('#quiz-result')).toBeHidden();
  // A fresh seed: the first question (almost surely) and the set (surely, 37 questions) differ.
  const again: string[] = [];
  for (let n = 0; n < QUIZ_LENGTH; n++) {
    again.push((await cardId(page))!);
    await page.locator('#quiz-options button').first().click();
    await page.locator('#quiz-next').click();
  }
  expect(again).not.toEqual(first);
  await expect(score).toHaveText(/^你答对了 \d+ 题（共 10 题）$/);
});

test('the same seed gives the same questions; the whole bank’s quiz draws from all of it', async ({
  page,
}) => {
  await page.goto('/quiz/?seed=7');
  const pool = await poolOf(page);
  expect(pool.length).toBe(readYamlCollection('quiz').length);
  const round = openingRound(pool, noJsSample(pool)[0]!, QUIZ_LENGTH, 7);
  const firstTwo = async () => {
    const ids = [await cardId(page)];
    await page.locator('#quiz-options button').first().click();
    await page.locator('#quiz-next').click();
    await expect(page.locator('#quiz-progress')).toHaveText(`第 2 题，共 ${QUIZ_LENGTH} 题`);
    ids.push(await cardId(page));
    return ids;
  };
  expect(await firstTwo()).toEqual([round[0]!.id, round[1]!.id]);
  await page.reload();
  expect(await firstTwo()).toEqual([round[0]!.id, round[1]!.id]);
});

test('the first question is on the page at the first paint and nothing moves when the script starts; it answers before the questions arrive, and the next one waits for them', async ({
  page,
}) => {
  const script = await holdBack(page, '**/_astro/Quiz.astro*.js');
  const questions = await holdBack(page, '**/quiz/students/questions.json');
  await watchLayoutShifts(page);
  await page.goto(`${QUIZ}?seed=42`, { waitUntil: 'commit' });
  await firstPaint(page);
  await expect(page.locator('#quiz-card')).toBeVisible();
  await expect(page.locator('#quiz-list')).toBeHidden();
  await expect(page.locator('#quiz-progress')).toHaveText(`第 1 题，共 ${QUIZ_LENGTH} 题`);
  const before = await page.locator('#quiz-card').boundingBox();
  const firstText = await page.locator('#quiz-card').innerText();
  script.arrive();
  await page.waitForLoadState('load');
  expect(await page.locator('#quiz-card').boundingBox()).toEqual(before);
  expect(await page.locator('#quiz-card').innerText()).toBe(firstText);
  expect(await layoutShifts(page)).toBe(0);

  // Answered while the questions are still on their way.
  const pool = await poolOf(page);
  const round = openingRound(pool, noJsSample(pool)[0]!, QUIZ_LENGTH, 42);
  expect(await cardId(page)).toBe(round[0]!.id);
  await page.locator('#quiz-options button').nth(round[0]!.answer).click();
  await expect(page.locator('#quiz-verdict')).toHaveText('答对了！');
  await page.locator('#quiz-next').click();
  // Still question 1, its answer shown, until the questions arrive: nothing skipped or blank.
  await page.waitForTimeout(300);
  await expect(page.locator('#quiz-progress')).toHaveText(`第 1 题，共 ${QUIZ_LENGTH} 题`);
  expect(await cardId(page)).toBe(round[0]!.id);
  await expect(page.locator('#quiz-verdict')).toBeVisible();
  questions.arrive();
  await expect(page.locator('#quiz-progress')).toHaveText(`第 2 题，共 ${QUIZ_LENGTH} 题`);
  expect(await cardId(page)).toBe(round[1]!.id);
  await expect(page.locator('#quiz-heading')).toBeFocused();

  // The script never comes (a lost signal): the list of ten, with its answers, comes back.
  script.again();
  await page.goto(QUIZ, { waitUntil: 'commit' });
  await firstPaint(page);
  await expect(page.locator('#quiz-card')).toBeVisible();
  script.fail();
  await expect(page.locator('#quiz-list')).toBeVisible();
  await expect(page.locator('#quiz-card')).toBeHidden();
  await expect(page.locator('#quiz-list [data-quiz-q]')).toHaveCount(QUIZ_LENGTH);
});

test('if the questions cannot be fetched, the round is the ten the page lists', async ({
  page,
}) => {
  await page.route('**/quiz/students/questions.json', (route) => route.abort());
  await page.goto(QUIZ);
  const listed = await page
    .locator('#quiz-list [data-quiz-q]')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['quizQ']));
  const seen: string[] = [];
  for (let n = 0; n < QUIZ_LENGTH; n++) {
    await expect(page.locator('#quiz-progress')).toHaveText(`第 ${n + 1} 题，共 ${QUIZ_LENGTH} 题`);
    seen.push((await cardId(page))!);
    await page.locator('#quiz-options button').first().click();
    await page.locator('#quiz-next').click();
  }
  await expect(page.locator('#quiz-score')).toHaveText(/^你答对了 \d+ 题（共 10 题）$/);
  expect(seen[0]).toBe(listed[0]);
  expect([...seen].sort()).toEqual([...listed].sort());
});

test.describe('classroom mode', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('run by keyboard alone: question, answer, explanation, next; Home/End; the QR code opens the student quiz', async ({
    page,
  }) => {
    await page.goto(`${QUIZ}`);
    const order = classOrder(await poolOf(page)).map((q) => q.id);
    const canonical = new URL(QUIZ, page.url()).href;
    await page.goto(CLASS);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical);
    const slides = page.locator('.slide');
    const total = await slides.count();
    expect(total).toBe(order.length + 2);
    expect(
      await page
        .locator('.slide[data-quiz-q]')
        .evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset['quizQ'])),
    ).toEqual(order);
    const current = page.locator('.slide.is-current');
    await expect(current).toHaveId('slide-1');

    for (let n = 0; n < 2; n++) {
      await page.keyboard.press('PageDown');
      await expect(current).toHaveId(`slide-${n + 2}`);
      await expect(current.locator('.slide-items')).toBeVisible();
      await expect(current.locator('.slide-answer')).toBeHidden();
      await expect(current.locator('[data-explanation]')).toBeHidden();
      await page.keyboard.press('PageDown');
      await expect(current).toHaveId(`slide-${n + 2}`);
      await expect(current.locator('.slide-answer')).toBeVisible();
      await expect(current.locator('.slide-answer')).toContainText('答案：');
      await expect(current.locator('[data-explanation]')).toBeHidden();
      await page.keyboard.press(n === 0 ? 'ArrowRight' : ' ');
      await expect(current.locator('[data-explanation]')).toBeVisible();
    }
    await page.keyboard.press('PageDown');
    await expect(current).toHaveId('slide-4');
    await page.keyboard.press('PageUp');
    await expect(current).toHaveId('slide-3');
    await page.keyboard.press('Home');
    await expect(current).toHaveId('slide-1');
    await page.keyboard.press('End');
    await expect(current).toHaveId(`slide-${total}`);
    await expect(current).toContainText(canonical);
    const png = PNG.sync.read(await page.locator('.slide.is-current .deck-qr-big').screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(canonical);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(canonical);
  });

  test('every question slide fits the screen with its answer and explanation, on a projector (1280×720) and a phone held sideways (844×390) or upright (390×844), in type no smaller than 3 % of the screen', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const urls = audiences.map((audience) => `/quiz/${audience}/class/`);
    expect(await deckFitProblems(page, urls)).toEqual([]);
  });

  test('every classroom page: no errors, axe clean in the show and as a page, no sideways scroll at 320 px', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    const wrong: string[] = [];
    for (const audience of audiences) {
      const url = `/quiz/${audience}/class/`;
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${url}#2`);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      for (const v of await axeViolations(page)) wrong.push(`${url} (show): ${v}`);
      await page.keyboard.press('End');
      for (const v of await axeViolations(page)) wrong.push(`${url} (show, end): ${v}`);
      await page.evaluate(() => {
        document.documentElement.classList.remove('deck-on');
        document.documentElement.removeAttribute('data-js');
      });
      wrong.push(...(await styleViolations(page, `${url} (page)`)));
      await page.setViewportSize({ width: 320, height: 640 });
      if ((await page.evaluate(() => document.documentElement.scrollWidth)) > 320)
        wrong.push(`${url}: wider than 320 px`);
    }
    expect(errors).toEqual([]);
    expect(wrong).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the quiz is a readable list: ten questions with their options, the answer and explanation in <details>', async ({
    page,
  }) => {
    await page.goto(QUIZ);
    await expect(page.locator('#quiz')).toBeHidden();
    const items = page.locator('#quiz-list [data-quiz-q]');
    await expect(items).toHaveCount(QUIZ_LENGTH);
    await expect(page.locator('#quiz-list details')).toHaveCount(QUIZ_LENGTH);
    await expect(page.locator('#quiz-list')).toContainText(`${QUIZ_LENGTH} 道题`);
    const first = items.first();
    await expect(first.locator('[data-scenario]')).toBeVisible();
    await expect(first.locator('[data-option]').first()).toBeVisible();
    await expect(first.locator('[data-explanation]')).toBeHidden();
    await first.getByText('看答案和讲解').click();
    await expect(first.locator('[data-explanation]')).toBeVisible();
    await expect(first.getByText(/^正确答案：[A-D]\. /)).toBeVisible();
  });

  test('the classroom mode is a long page with every question, its answer and explanation', async ({
    page,
  }) => {
    await page.goto(CLASS);
    const total = await page.locator('.slide').count();
    await expect(page.locator('.slide:visible')).toHaveCount(total);
    await expect(page.locator('.slide [data-explanation]').first()).toBeVisible();
    await expect(page.locator('[data-deck-bar]')).toBeHidden();
    await expect(page.getByRole('link', { name: '退出放映，回到自测页' })).toBeVisible();
  });
});
