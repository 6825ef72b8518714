/**
 * /campaign/: the 2023 figures drawn at build time as a chart with a table, each with period and
 * source, following the reading modes. The page's text is checked in tests/build/page-content.test.ts.
 */
import { expect, test } from '@playwright/test';

test('the figures are an SVG chart with a data table, each labelled with its period and source', async ({
  page,
  request,
}) => {
  // Drawn at build time: the chart is already in the HTML the server sends.
  const html = await (await request.get('/campaign/')).text();
  expect(html).toMatch(/<svg[^>]*role="img"[^>]*>[\s\S]*?<rect/);
  await page.goto('/campaign/');
  const chart = page.getByRole('img', { name: /与上年同期相比/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(
    /破案数上升84\.4%.*抓获犯罪嫌疑人上升15\.4%.*立案数下降26\.6%.*群众财产损失下降20\.6%/,
  );
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table).toContainText('下降20.6%');
  const figures = page.locator('.campaign-figures figure');
  await expect(figures).toHaveCount(2);
  for (const figure of await figures.all()) {
    await expect(figure.locator('figcaption')).toContainText('统计时段');
    await expect(figure.locator('figcaption')).toContainText('新华网');
    await expect(figure.locator('figcaption')).toContainText('2023年8月22日');
  }
  await expect(page.locator('.campaign-figures')).toContainText('380余场');
  await expect(page.locator('.campaign-figures')).toContainText('460余个');
});

test('in high contrast the chart follows: light labels and bright bars on black', async ({
  page,
}) => {
  await page.goto('/campaign/');
  await page.getByRole('button', { name: '高对比' }).click();
  const chart = page.locator('.campaign-figures svg');
  const labelFills = await chart
    .locator('text')
    .evaluateAll((texts) => texts.map((t) => getComputedStyle(t).fill));
  expect(new Set(labelFills)).toEqual(new Set(['rgb(255, 255, 255)']));
  const barFills = await chart
    .locator('rect')
    .evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
  expect(barFills).not.toContain('rgb(11, 61, 145)');
  expect(barFills).toContain('rgb(255, 225, 77)');
});

test('the chart’s labels grow with the chosen text size and stay inside the chart', async ({
  page,
}) => {
  const sizes: number[] = [];
  for (const size of ['standard', 'xlarge']) {
    await page.addInitScript(
      (s) => localStorage.setItem('bingcheng-reading', JSON.stringify({ size: s })),
      size,
    );
    await page.goto('/campaign/');
    const label = page.locator('.campaign-figures svg text.chart-label').first();
    sizes.push(await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)));
    const inside = await page.locator('.campaign-figures svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].every((t) => {
        const r = t.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1;
      });
    });
    expect(inside, `labels inside the chart at ${size}`).toBe(true);
  }
  expect(sizes[1]).toBeGreaterThanOrEqual(sizes[0]! * 1.4);
});
