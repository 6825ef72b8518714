/**
 * The audience pages in a browser: the App guide's diagrams load, and every printable piece prints
 * as it should. What each page holds is checked over dist/ in tests/build/library.test.ts.
 */
import { readCollection } from '../support/content-files';
import { expect, test } from '@playwright/test';

test('the App guide names its functions, explains installing from official stores and shows labelled diagrams', async ({
  page,
}) => {
  await page.goto('/app/');
  const main = page.getByRole('main');
  for (const fn of ['我要举报', '报案助手', '身份验真', '风险查询', '一证通查', '应用商店'])
    await expect(main).toContainText(fn);
  const diagrams = main.locator('img[src^="/images/app/"]');
  expect(await diagrams.count()).toBeGreaterThanOrEqual(3);
  for (const img of await diagrams.all()) {
    await expect(img).toHaveAttribute('alt', /示意图/);
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  }
});

test.describe('printing', () => {
  test('the page’s own leaflet leaves the class kit out; printed together, each piece starts a new page', async ({
    page,
  }) => {
    await page.goto('/for/teachers/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    const pieces = page.locator('.printable');
    expect(await pieces.count()).toBeGreaterThan(1);
    for (const piece of await pieces.all()) await expect(piece).toBeHidden();
    // “打印全部材料”: every piece, each from a new page, each with the page's address at its foot.
    await page.evaluate(() => {
      document.documentElement.dataset['printOnly'] = 'all';
      for (const el of document.querySelectorAll('.printable')) el.classList.add('printing-target');
    });
    for (const [i, piece] of (await pieces.all()).entries()) {
      await expect(piece).toBeVisible();
      expect(await piece.evaluate((el) => getComputedStyle(el).breakBefore)).toBe(
        i === 0 ? 'auto' : 'page',
      );
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
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(
      ['jiazhang-xin|jiazhang-xin'],
    );
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

  test('every printable piece prints on as many A4 pages as it declares (one unless it says more)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const wrong: string[] = [];
    let checked = 0;
    for (const audience of readCollection('audiences')) {
      await page.goto(`/for/${audience.id}/`);
      const pieces = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.printable')].map((el) => ({
          id: el.id,
          pages: Number(el.dataset['pages']),
        })),
      );
      for (const piece of pieces) {
        await page.evaluate((id) => {
          for (const el of document.querySelectorAll('.printing-target'))
            el.classList.remove('printing-target');
          document.documentElement.dataset['printOnly'] = id;
          document.getElementById(id)!.classList.add('printing-target');
        }, piece.id);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        checked += 1;
        if (pages !== piece.pages)
          wrong.push(`${audience.id}#${piece.id}: ${pages} pages, declares ${piece.pages}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(audiencesWithPieces());
    expect(wrong).toEqual([]);
  });

  test('wall pieces print poster-size, with 110 and 96110 boxed', async ({ page }) => {
    await page.goto('/for/finance-staff/');
    await page.emulateMedia({ media: 'print' });
    const poster = page.locator('.printable-poster');
    await expect(poster).toHaveCount(1);
    const boxes = poster.locator('.poster-hotlines span');
    await expect(boxes).toHaveText(['已经被骗：拨打 110', '拿不准：拨打 96110']);
    expect(await boxes.first().evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    const size = (sel: string) =>
      poster
        .locator(sel)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.flow p, .flow li')).toBeGreaterThan(16);
    await page.emulateMedia({ media: 'screen' });
    await expect(boxes.first()).toBeHidden();
  });

  test('“本页材料” lists the pieces at the top; “打印全部材料” prints just the kit', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: string[] }).printed = [
          ...document.querySelectorAll('.printing-target'),
        ].map((e) => e.id);
      };
    });
    await page.goto('/for/teachers/');
    const list = page.getByRole('navigation', { name: '本页材料（可打印）' });
    const links = list.getByRole('link');
    await expect(links).toHaveCount(3);
    await expect(links.first()).toHaveAttribute('href', '#ketang-dagang');
    await list.getByRole('button', { name: '打印全部 3 份材料' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(
      ['ketang-dagang', 'xuesheng-chuandan', 'jiazhang-xin'],
    );
    // While marked: the three pieces and nothing else, each from a new page.
    await page.evaluate(() => {
      document.documentElement.dataset['printOnly'] = 'all';
      for (const el of document.querySelectorAll('main .printable'))
        el.classList.add('printing-target');
    });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(page.locator('#jiazhang-xin')).toBeVisible();
    expect(
      await page.locator('#jiazhang-xin').evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('page');
  });

  test('判断题: answers behind 看答案 on screen, a separate answer key on paper', async ({
    page,
  }) => {
    await page.goto('/for/teachers/');
    const quiz = page.locator('.true-false');
    await expect(quiz.locator('li')).toHaveCount(5);
    await expect(quiz.getByText('先返小钱是鱼饵')).toBeHidden();
    await quiz.locator('summary').first().click();
    await expect(quiz.getByText('先返小钱是鱼饵')).toBeVisible();
    await expect(page.locator('.tf-key')).toBeHidden();
    // The quiz is part of the students' handout, printed on its own (“打印这一份”).
    const handout = await quiz.evaluate((el) => el.closest('.printable')!.id);
    await page.evaluate((id) => {
      document.documentElement.dataset['printOnly'] = id;
      document.getElementById(id)!.classList.add('printing-target');
    }, handout);
    await page.emulateMedia({ media: 'print' });
    await expect(quiz.locator('summary').first()).toBeHidden();
    await expect(page.locator('.tf-key')).toBeVisible();
    await expect(page.locator('.tf-key')).toContainText('1. 错：先返小钱是鱼饵');
  });
});

test('a case links the printable piece that would have stopped it', async ({ page }) => {
  await page.goto('/cases/kuaiji-jia-laoban-qq/');
  const link = page.getByRole('link', { name: /付款核验规程/ });
  await expect(link).toHaveAttribute('href', '/for/finance-staff/#fukuan-hezha');
  await link.click();
  await expect(page.locator('#fukuan-hezha')).toBeInViewport();
});

/** How many audience pages hold printable pieces (every one today). */
function audiencesWithPieces(): number {
  return readCollection('audiences').filter((a) => a.body.includes('<Printable')).length;
}
