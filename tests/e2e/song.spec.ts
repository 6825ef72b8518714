/** /song/ in the real site: no official recording or lyrics yet, so the page says so and fakes nothing. */
import { expect, test } from '@playwright/test';

test('says the recording will be published here, and shows no player or lyrics', async ({ page }) => {
  await page.goto('/song/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('反诈歌曲《就是不转钱》');
  await expect(page.locator('[data-song-pending]')).toContainText('官方录音和歌词将在这里发布');
  await expect(page.locator('audio')).toHaveCount(0);
  await expect(page.locator('ol[data-lyrics]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /大字歌词/ })).toHaveCount(0);
});

test('tells the song’s story and credits it as the source does, without names', async ({ page }) => {
  await page.goto('/song/');
  const main = page.getByRole('main');
  for (const words of ['三名来自不同单位、不同岗位的民警', '作词、作曲、编曲和演唱', '广场舞', '全民反诈在行动']) {
    await expect(main).toContainText(words);
  }
});

test('shows the official lines with their source and the site’s own rhymes, labelled as such', async ({ page }) => {
  await page.goto('/song/');
  const slogans = page.locator('section.slogans');
  await expect(slogans).toContainText('未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实');
  await expect(slogans).toContainText('三不一多（全国反诈宣传口诀）');
  await expect(slogans).toContainText('不是官方口径');
  expect(await slogans.locator('h3:has-text("本站编写") + p + ul > li').count()).toBeGreaterThanOrEqual(12);
});

test('until the recording is published, the home page links the song modestly, not as a headline', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /就是不转钱/ })).toHaveCount(0);
  const link = page.locator('[data-home-song] a[href="/song/"]');
  await expect(link).toBeVisible();
  await expect(link).toContainText('就是不转钱');
});
