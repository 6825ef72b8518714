/** Readers search in their own words; the right guide must come up near the top. */
import { expect, test, type Page } from '@playwright/test';

/** Links of the top-level results (one per page), not their sub-results. */
const resultLinks = (page: Page) => page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link');
/** The search box on /search/ (Pagefind's UI), not the one in the header. */
const searchBox = (page: Page) => page.getByRole('main').getByRole('search').getByRole('textbox');

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await searchBox(page).fill(query);
  await expect(resultLinks(page).first()).toBeVisible();
}

async function topHrefs(page: Page, n = 3): Promise<string[]> {
  const links = resultLinks(page);
  const count = Math.min(await links.count(), n);
  const hrefs: string[] = [];
  for (let i = 0; i < count; i++) hrefs.push(new URL((await links.nth(i).getAttribute('href'))!, 'http://x').pathname);
  return hrefs;
}

const golden: [query: string, expected: string][] = [
  ['安全账户', '/guides/maochong-gongjianfa/'],
  ['领导', '/guides/maochong-lingdao/'],
  ['有人让我刷单', '/guides/shuadan-fanli/'],
  ['点赞返利', '/guides/shuadan-fanli/'],
  ['通缉令', '/guides/maochong-gongjianfa/'],
  ['老板让我转账', '/guides/maochong-lingdao/'],
];

for (const [query, expected] of golden) {
  test(`searching “${query}” finds ${expected} in the top 3`, async ({ page }) => {
    await search(page, query);
    expect(await topHrefs(page)).toContain(expected);
  });
}

test('a search from the header box on any page lands on the results', async ({ page }) => {
  await page.goto('/guides/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: '搜索' }).fill('安全账户');
  await header.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(resultLinks(page).first()).toBeVisible();
  expect(await topHrefs(page)).toContain('/guides/maochong-gongjianfa/');
});

test('the header search box loads no search code until it is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/guides/shuadan-fanli/');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('results can be narrowed by scam type and audience filters', async ({ page }) => {
  await search(page, '转账');
  const filters = page.locator('.pagefind-ui__filter-panel');
  await expect(filters).toContainText('类型');
  await expect(filters).toContainText('人群');
});

test('markup typed into search is shown as text, never run', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)>';
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto('/search/?q=' + encodeURIComponent(payload));
  await expect(searchBox(page)).toHaveValue(payload);
  await expect(page.locator('.pagefind-ui__message')).toContainText(payload);
  await expect(page.locator('#search img')).toHaveCount(0);
  expect(dialog).toBe(false);
});
