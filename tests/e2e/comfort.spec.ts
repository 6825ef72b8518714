/**
 * 适老化: text size, high contrast and read-aloud from the header toolbar, as an older reader
 * uses them — chosen once, kept across pages and visits, applied before the first paint.
 */
import { expect, test, type Page } from '@playwright/test';

const GUIDE = '/guides/maochong-gongjianfa/';
/** The reading toolbar's own status line (pages have others, e.g. the share bar's). */
const readStatus = (page: Page) => page.getByRole('status').and(page.locator('[data-read-status]'));
/** Body text size in px (the locator waits for <body>, even right after a navigation starts). */
const bodySize = (page: Page) =>
  page.locator('body').evaluate((body) => parseFloat(getComputedStyle(body).fontSize));
const sizeButton = (page: Page, name: string) =>
  page.getByRole('group', { name: '字号' }).getByRole('button', { name, exact: true });

test('the chosen text size is kept across pages and visits; extra-large is 1.5× standard', async ({
  page,
  context,
}) => {
  await page.goto(GUIDE);
  const standard = await bodySize(page);
  expect(standard).toBeGreaterThanOrEqual(18);
  await expect(sizeButton(page, '标准')).toHaveAttribute('aria-pressed', 'true');

  await sizeButton(page, '特大').click();
  await expect(sizeButton(page, '特大')).toHaveAttribute('aria-pressed', 'true');
  await expect(sizeButton(page, '标准')).toHaveAttribute('aria-pressed', 'false');
  expect(await bodySize(page)).toBeGreaterThanOrEqual(standard * 1.5);

  await page.getByRole('link', { name: '被骗了怎么办' }).first().click();
  await expect(page).toHaveURL(/\/help\/$/);
  await page.waitForLoadState();
  expect(await bodySize(page)).toBeGreaterThanOrEqual(standard * 1.5);
  await expect(sizeButton(page, '特大')).toHaveAttribute('aria-pressed', 'true');

  // A later visit, in a new tab.
  const later = await context.newPage();
  await later.goto('/');
  await expect(later.locator('html')).toHaveAttribute('data-text-size', 'xlarge');

  await sizeButton(later, '大').click();
  const large = await bodySize(later);
  await later.goto(GUIDE);
  expect(await bodySize(later)).toBe(large);
  expect(large).toBeGreaterThan(standard);
  expect(large).toBeLessThan(standard * 1.5);
  await sizeButton(later, '标准').click();
  await later.reload();
  expect(await bodySize(later)).toBe(standard);
});

test('the saved size applies before any page script runs (no flash of small text)', async ({
  page,
}) => {
  await page.goto('/');
  await sizeButton(page, '特大').click();
  // Block every module script: only the blocking head script can still apply the size.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(GUIDE);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  const head = page.locator('head script[src="/prefs-init.js"]');
  await expect(head).toHaveCount(1);
  expect(
    await head.evaluate((s: HTMLScriptElement) => s.async || s.defer || s.type === 'module'),
  ).toBe(false);
});

test('where the browser blocks storage, the toolbar still works for the page being read', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage is blocked', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(GUIDE);
  await sizeButton(page, '特大').click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  await page.getByRole('button', { name: '高对比' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  expect(errors).toEqual([]);
});

test('high contrast: light text on black, kept across pages, and can be switched off', async ({
  page,
}) => {
  await page.goto(GUIDE);
  const contrast = page.getByRole('button', { name: '高对比' });
  await expect(contrast).toHaveAttribute('aria-pressed', 'false');
  await contrast.click();
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  const colours = () =>
    page
      .locator('main h1')
      .evaluate((h1) => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(h1).color,
      ]);
  expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await page.goto('/cases/');
  expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await page.getByRole('button', { name: '高对比' }).click();
  await page.reload();
  expect((await colours())[0]).toBe('rgb(255, 255, 255)');
});

test('a page printed in 特大 and 高对比 still prints as the normal dark-on-white A4 leaflet', async ({
  page,
}) => {
  await page.goto(GUIDE);
  await sizeButton(page, '特大').click();
  await page.getByRole('button', { name: '高对比' }).click();
  await page.emulateMedia({ media: 'print' });
  const [color, background, rootSize] = await page
    .locator('main h1')
    .evaluate((h1) => [
      getComputedStyle(h1).color,
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.documentElement).fontSize,
    ]);
  expect(color).toBe('rgb(26, 26, 26)');
  expect(background).toBe('rgb(255, 255, 255)');
  expect(parseFloat(rootSize!)).toBeCloseTo(13.33, 1); // 10pt, as the print stylesheet sets
});

test.describe('when the system asks for more contrast', () => {
  test.use({ contrast: 'more' });
  test('high contrast is on until the reader turns it off, and that choice is kept', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(page.getByRole('button', { name: '高对比' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('button', { name: '高对比' }).click();
    await page.goto('/help/');
    await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
  });
});

test('every control in the header is at least 44×44 px, in standard and extra-large text', async ({
  page,
}) => {
  for (const size of ['标准', '特大']) {
    await page.goto('/');
    await sizeButton(page, size).click();
    const controls = page.locator('header').locator('button, input, a');
    const small: string[] = [];
    for (const control of await controls.all()) {
      if (!(await control.isVisible())) continue;
      const box = (await control.boundingBox())!;
      if (box.width < 44 || box.height < 44)
        small.push(`${await control.textContent()} ${box.width}×${box.height}`);
    }
    expect(small, `in ${size}`).toEqual([]);
  }
});

test('the controls are labelled in Chinese and work from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '大', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '特大' })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '高对比' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeFocused();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the toolbar, which needs JavaScript, is not shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: '高对比' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('nothing on the page animates', async ({ page }) => {
    await page.goto(GUIDE);
    await sizeButton(page, '特大').click();
    await page.getByRole('button', { name: '高对比' }).click();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');
  });
});

/**
 * Replaces the browser's speech synthesis with a recorder; `voices` are the voices it offers. Each
 * utterance "takes" 150 ms, or, with `manual`, lasts until the test calls window.endUtterance().
 */
async function fakeSpeech(
  page: Page,
  voices: { lang: string; name: string }[],
  manual = false,
): Promise<void> {
  await page.addInitScript(
    ([list, byHand]) => {
      const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
      let queue: SpeechSynthesisUtterance[] = [];
      let timer: ReturnType<typeof setTimeout> | undefined;
      const pump = () => {
        const u = queue.shift();
        if (!u) return;
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
        const end = () => {
          u.onend?.(new Event('end') as SpeechSynthesisEvent);
          pump();
        };
        if (byHand) {
          current = end;
          timer = 0 as unknown as ReturnType<typeof setTimeout>;
        } else timer = setTimeout(end, 150);
      };
      let current: (() => void) | undefined;
      Object.defineProperty(window, 'endUtterance', {
        value: () => {
          const end = current;
          current = undefined;
          timer = undefined;
          end?.();
        },
      });
      const synth = {
        getVoices: () => list,
        speak: (u: SpeechSynthesisUtterance) => {
          queue.push(u);
          if (queue.length === 1 && timer === undefined) pump();
        },
        cancel: () => {
          queue = [];
          clearTimeout(timer);
          timer = undefined;
          current = undefined;
        },
        addEventListener: () => undefined,
      };
      // Real utterances only accept real voices, so the utterance is faked too.
      class Utterance {
        lang = '';
        voice: { name: string } | null = null;
        rate = 1;
        onend: ((e: Event) => void) | null = null;
        onerror: ((e: Event) => void) | null = null;
        constructor(readonly text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: Utterance,
        configurable: true,
      });
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'spoken', { value: spoken });
    },
    [voices, manual] as const,
  );
}

test('read-aloud reads the page’s main text in Chinese, block by block, highlighting each, and stops', async ({
  page,
}) => {
  await fakeSpeech(
    page,
    [
      { lang: 'en-US', name: 'English' },
      { lang: 'zh-CN', name: '普通话' },
    ],
    true,
  );
  await page.goto(GUIDE);
  const read = page.getByRole('button', { name: '朗读本页' });
  await read.click();
  await expect(readStatus(page)).toContainText('正在朗读');
  const spoken = () =>
    page.evaluate(
      () =>
        (window as unknown as { spoken: { text: string; lang: string; voice: string }[] }).spoken,
    );
  // The fake voice finishes a block when told to: the next one follows.
  const endUtterance = () =>
    page.evaluate(() => (window as unknown as { endUtterance: () => void }).endUtterance());
  await expect.poll(async () => (await spoken()).length).toBe(1);
  await endUtterance();
  await endUtterance();
  expect((await spoken()).length).toBe(3);
  const first = await spoken();
  expect(first[0]).toEqual({ text: '冒充公检法及政府机关诈骗', lang: 'zh-CN', voice: '普通话' });
  expect(first.every((u) => u.voice === '普通话')).toBe(true);
  // Only the main content: not the header toolbar, not the footer.
  expect(first.some((u) => u.text.includes('字号') || u.text.includes('三不一多'))).toBe(false);
  await expect(page.locator('main .reading-now')).toHaveCount(1);

  await page.getByRole('button', { name: '停止朗读', exact: true }).click();
  await expect(readStatus(page)).toHaveText('已停止朗读。');
  const count = (await spoken()).length;
  for (let i = 0; i < 5; i++) await endUtterance();
  expect((await spoken()).length, 'nothing more is read after stopping').toBe(count);
  await expect(page.locator('.reading-now')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeVisible();
});

test('read-aloud explains itself when the browser has no Chinese voice', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-US', name: 'English' }]);
  await page.goto(GUIDE);
  await page.getByRole('button', { name: '朗读本页' }).click();
  await expect(readStatus(page)).toContainText('没有中文朗读语音');
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken.length),
  ).toBe(0);
});

test('while reading, a stop button stays on screen however far the page scrolls, and stops it', async ({
  page,
}) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', name: '普通话' }]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(GUIDE);
  const float = page.getByRole('button', { name: '■ 停止朗读' });
  await expect(float).toBeHidden();
  // On a phone the toolbar opens from the header's 字号 button.
  await page.getByRole('banner').getByRole('button', { name: /字号/ }).click();
  await page.getByRole('button', { name: '朗读本页' }).click();
  await expect(float).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(float).toBeInViewport();
  const box = (await float.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  // Reachable by keyboard: focus it and press Enter.
  await float.focus();
  await page.keyboard.press('Enter');
  await expect(readStatus(page)).toHaveText('已停止朗读。');
  await expect(float).toBeHidden();
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeFocused();
  await expect(page.locator('.reading-now')).toHaveCount(0);
});

test('read-aloud says hotlines as on the phone and skips the 也叫 line of search phrases', async ({
  page,
}) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', name: '普通话' }]);
  await page.goto(GUIDE);
  const aliasLine = (await page.locator('main header p[data-no-read]').textContent())!
    .replace(/\s+/g, ' ')
    .trim();
  expect(aliasLine).toContain('也叫');
  await page.getByRole('button', { name: '朗读本页' }).click();
  const spoken = () =>
    page.evaluate(() =>
      (window as unknown as { spoken: { text: string }[] }).spoken.map((u) => u.text),
    );
  await expect
    .poll(async () => (await spoken()).some((t) => t.includes('幺幺零')), { timeout: 20_000 })
    .toBe(true);
  const texts = await spoken();
  expect(texts.some((t) => t.includes('也叫'))).toBe(false);
  expect(texts.some((t) => /(^|[^\d])110([^\d]|$)/.test(t))).toBe(false);
  // The page text itself is unchanged.
  await expect(page.getByRole('main')).toContainText('110');
});
