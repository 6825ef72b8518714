/** Pages for the nine groups, the class kit, the App guide, and how they print. */
import { expect, test } from '@playwright/test';

const AUDIENCES = ['students', 'teachers', 'elderly', 'finance-staff', 'business-owners', 'medical-staff', 'investors', 'singles', 'warned'];

test('the /for/ index links all nine groups', async ({ page }) => {
  await page.goto('/for/');
  for (const slug of AUDIENCES) await expect(page.getByRole('main').locator(`a[href="/for/${slug}/"]`)).toHaveCount(1);
});

for (const slug of AUDIENCES) {
  test(`/for/${slug}/ explains the risk, lists its scams, gives a checklist and printable material`, async ({ page }) => {
    await page.goto(`/for/${slug}/`);
    const main = page.getByRole('main');
    const h2 = (name: string) => main.getByRole('heading', { level: 2, name, exact: true });
    await expect(h2(slug === 'warned' ? '预警是什么意思' : '骗子为什么盯上你')).toBeVisible();
    await expect(h2('防骗清单')).toBeVisible();
    await expect(h2('可打印材料')).toBeVisible();
    await expect(h2('已经被骗了')).toBeVisible();
    await expect(h2('你最该当心的骗局')).toBeVisible();
    expect(await main.locator('#audience-guides ~ ul article, section[aria-labelledby="audience-guides"] article').count()).toBeGreaterThanOrEqual(2);
    expect(await main.locator('.printable').count()).toBeGreaterThanOrEqual(1);
    await expect(h2('和你情况相似的案例')).toBeVisible();
  });
}

test('the teachers page carries the whole class kit', async ({ page }) => {
  await page.goto('/for/teachers/');
  for (const [id, title] of [
    ['ketang-dagang', '40分钟'],
    ['xuesheng-chuandan', '学生'],
    ['jiazhang-xin', '致家长的一封信'],
    ['kaoshi-xin', '考生'],
  ]) {
    await expect(page.locator(`#${id}.printable h2`)).toContainText(title!);
  }
  await expect(page.locator('#ketang-dagang')).toContainText('分钟');
});

test('the elderly page speaks to grown children and links the App guide', async ({ page }) => {
  await page.goto('/for/elderly/');
  await expect(page.getByRole('heading', { level: 2, name: '写给儿女' })).toBeVisible();
  await expect(page.getByRole('main').locator('a[href="/app/"]').first()).toBeVisible();
});

for (const slug of ['finance-staff', 'business-owners']) {
  test(`/for/${slug}/ has the printable payment-verification protocol`, async ({ page }) => {
    await page.goto(`/for/${slug}/`);
    const poster = page.locator('.printable').filter({ hasText: '回拨' }).first();
    await expect(poster).toContainText('审批');
  });
}

test('the App guide names its functions, explains installing from official stores and shows labelled diagrams', async ({ page }) => {
  await page.goto('/app/');
  const main = page.getByRole('main');
  for (const fn of ['我要举报', '报案助手', '身份验真', '风险查询', '一证通查', '应用商店']) await expect(main).toContainText(fn);
  const diagrams = main.locator('img[src^="/images/app/"]');
  expect(await diagrams.count()).toBeGreaterThanOrEqual(3);
  for (const img of await diagrams.all()) {
    await expect(img).toHaveAttribute('alt', /示意图/);
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  }
});

test.describe('printing', () => {
  test('a printed page drops the site chrome and starts each printable piece on a new page', async ({ page }) => {
    await page.goto('/for/teachers/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    const pieces = page.locator('.printable');
    for (const piece of await pieces.all()) {
      expect(await piece.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
      await expect(piece.locator('.print-footer')).toContainText('/for/teachers/');
    }
    await expect(page.getByRole('button', { name: '打印这一份' }).first()).toBeHidden();
  });

  test('“打印这一份” prints only that piece', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: string[] }).printed = [];
      window.print = () => {
        const html = document.documentElement;
        (window as unknown as { printed: string[] }).printed.push(
          `${html.dataset['printOnly']}|${document.querySelector('.printing-target')?.id}`,
        );
      };
    });
    await page.goto('/for/teachers/');
    await page.locator('#jiazhang-xin').getByRole('button', { name: '打印这一份' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['jiazhang-xin|jiazhang-xin']);
    // While marked, the print stylesheet shows the letter and hides the rest of the page.
    await page.evaluate(() => {
      document.documentElement.dataset['printOnly'] = 'jiazhang-xin';
      document.getElementById('jiazhang-xin')!.classList.add('printing-target');
    });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#jiazhang-xin')).toBeVisible();
    await expect(page.locator('#ketang-dagang')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  });

  test('an A4 PDF of a printable piece is one or two pages', async ({ page }) => {
    await page.goto('/for/finance-staff/');
    await page.evaluate(() => {
      const piece = document.querySelector('.printable')!;
      document.documentElement.dataset['printOnly'] = piece.id;
      piece.classList.add('printing-target');
    });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});
