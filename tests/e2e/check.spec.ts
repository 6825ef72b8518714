/**
 * 可疑信息自查 (/check/) in a real browser: what a reader who pastes a message sees. The
 * checker's judgement on a large set of realistic messages is tested in tests/build/check.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { holdBack } from './hold';
import { layoutShifts, watchLayoutShifts } from './layout-shift';

const box = (page: Page) => page.getByRole('textbox', { name: '粘贴或输入收到的信息' });
const status = (page: Page) => page.locator('#check-status');
const result = (page: Page) => page.getByRole('region', { name: '检查结果' });

async function checkMessage(page: Page, text: string) {
  await box(page).fill(text);
  await page.getByRole('button', { name: '检查', exact: true }).click();
}

test('a pasted scam message: its signs marked, each with a reason, its type named with a link, and what to do', async ({
  page,
}) => {
  await page.goto('/check/');
  const message =
    '【市公安局】您的身份信息涉嫌一起洗钱案件，请立即将名下资金转入 安 全 账 户 配合调查，此案保密，不要告诉家人。';
  await checkMessage(page, message);
  await expect(status(page)).toContainText('发现');
  await expect(status(page)).toContainText('96110');
  // The text as pasted, with the signs marked where they are (spaces and all).
  const marked = page.locator('#check-marked');
  await expect(marked).toHaveText(message);
  await expect(marked.locator('mark').filter({ hasText: '安 全 账 户' })).toHaveCount(1);
  // Each sign listed with its reason.
  const signs = page.locator('#check-signs > li');
  expect(await signs.count()).toBeGreaterThanOrEqual(2);
  await expect(signs.filter({ hasText: '安 全 账 户' })).toHaveCount(1);
  // The type it points to first, linking its guide.
  const likely = page.locator('#check-likely a').first();
  await expect(likely).toHaveAttribute('href', '/guides/maochong-gongjianfa/');
  await expect(page.getByRole('heading', { name: '检查结果', exact: true })).toBeFocused();
  // What to do, whatever the result: the page's own text, with both hotlines to tap.
  const advice = page.getByRole('heading', { name: '不管检查结果如何，都这样做' });
  await expect(advice).toBeVisible();
  await expect(page.locator('main a[href="tel:110"]').first()).toBeVisible();
  await expect(page.locator('main a[href="tel:96110"]').first()).toBeVisible();
});

test('an ordinary message: no sign found, and the page says that this does not prove it is safe', async ({
  page,
}) => {
  await page.goto('/check/');
  await checkMessage(page, '妈，我晚上七点到家，你不用做饭了，我带两个菜回去。');
  await expect(status(page)).toContainText('不能证明它是安全的');
  await expect(status(page)).not.toContainText('安全的。');
  await expect(page.locator('#check-marked mark')).toHaveCount(0);
  await expect(page.locator('#check-likely-box')).toBeHidden();
  await expect(page.locator('#check-signs-box')).toBeHidden();
  await expect(page.getByRole('heading', { name: '不管检查结果如何，都这样做' })).toBeVisible();
});

test('where the signs cannot be downloaded, the page says so instead of finding nothing', async ({
  page,
}) => {
  await page.route('**/check/data.json', (route) => route.abort());
  await page.goto('/check/');
  await box(page).fill('您涉嫌洗钱，请把存款转到安全账户配合调查。');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(status(page)).toContainText('没有下载下来');
  await expect(result(page)).toBeHidden();
  // The text is still there to check again once online.
  await expect(box(page)).toHaveValue(/安全账户/);
});

test('empty, very long, emoji and markup input get a clear answer; markup stays text', async ({
  page,
}) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto('/check/');
  await checkMessage(page, '   ');
  await expect(status(page)).toContainText('请先把收到的信息粘贴或输入');
  await expect(result(page)).toBeHidden();

  // Markup outside the marked signs, and inside one (a phrase with a gap: 下载*注册).
  const markup =
    '<img src=x onerror="alert(1)"><script>alert(2)</script>点这里 https://pay.example/a 把验证码发给我😀 下载<i>它</i>注册';
  await checkMessage(page, markup);
  await expect(page.locator('#check-marked')).toHaveText(markup);
  await expect(
    page.locator('#check-marked mark').filter({ hasText: '下载<i>它</i>注册' }),
  ).toHaveCount(1);
  await expect(
    page.locator('#check-result img, #check-result script, #check-result i'),
  ).toHaveCount(0);
  await expect(
    page.locator('#check-marked mark').filter({ hasText: 'https://pay.example/a' }),
  ).toHaveCount(1);

  const long = `${'今天下午三点开会，请准时参加。'.repeat(340)}请把验证码发给我`;
  expect(long.length).toBeGreaterThan(5_000);
  await checkMessage(page, long);
  await expect(page.locator('#check-marked mark').last()).toContainText('验证码');
  await expect(status(page)).not.toContainText('只检查了前');

  await checkMessage(page, 'x'.repeat(10_050));
  await expect(status(page)).toContainText('只检查了前 10000 个字');
  expect(dialog).toBe(false);
});

test('works from the keyboard alone, and axe finds no violation with a result showing', async ({
  page,
}) => {
  await page.goto('/check/');
  await box(page).focus();
  await page.keyboard.type('客服说快递丢了要理赔，让我下载会议软件共享屏幕');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '检查', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '检查结果', exact: true })).toBeFocused();
  await expect(page.locator('#check-signs > li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // 清空 empties the box and puts the reader back in it.
  await page.getByRole('button', { name: '清空' }).click();
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toBeFocused();
  await expect(result(page)).toBeHidden();
});

test('a whole message typed into search is offered to the checker, which opens with it checked', async ({
  page,
}) => {
  const sms =
    '【快递】您的包裹在运输中丢失，客服将为您办理三倍理赔，请添加理赔专员QQ并下载会议软件共享屏幕。';
  await page.goto(`/search/?q=${encodeURIComponent(sms)}`);
  const offer = page.locator('#search-check');
  await expect(offer).toBeVisible();
  await offer.getByRole('link', { name: '检查这段话' }).click();
  await expect(page).toHaveURL(/\/check\/$/);
  await expect(box(page)).toHaveValue(sms);
  await expect(page.locator('#check-marked mark').first()).toBeVisible();
  // Handed over once: a reload starts empty.
  await page.reload();
  await expect(box(page)).toHaveValue('');
});

test('the form is laid out before its script runs, so nothing on the page moves, and a message typed early waits for it', async ({
  page,
}) => {
  const script = await holdBack(page, '**/_astro/check.astro*.js');
  // As CLS counts them: not the result appearing after the reader's own click.
  await watchLayoutShifts(page);
  await page.goto('/check/', { waitUntil: 'commit' });
  // The script is held back: the form is there, its button waits, the no-JS note is not shown.
  await expect(box(page)).toBeVisible();
  await expect(page.locator('#check-nojs')).toBeHidden();
  const submit = page.getByRole('button', { name: '检查', exact: true });
  await expect(submit).toBeDisabled();
  await box(page).fill('您的快递丢失，请点击链接办理理赔');
  script.arrive();
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(status(page)).toContainText('发现');
  await expect(box(page)).toHaveValue('您的快递丢失，请点击链接办理理赔');
  expect(await layoutShifts(page)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says what to do and lists the common warning signs to compare by hand', async ({
    page,
  }) => {
    await page.goto('/check/');
    await expect(page.locator('#check-nojs')).toBeVisible();
    await expect(box(page)).toBeHidden();
    await page.locator('summary', { hasText: '常见危险信号' }).click();
    await expect(page.locator('details li').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: '不管检查结果如何，都这样做' })).toBeVisible();
  });
});

test('the home page’s urgent box, /help/ and the search page link the checker', async ({
  page,
}) => {
  for (const path of ['/', '/help/', '/search/']) {
    await page.goto(path);
    await expect(page.locator('main a[href="/check/"]').first(), path).toBeVisible();
  }
});
