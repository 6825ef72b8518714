/**
 * Whole-page print (PRODUCT.md, "Print stylesheet"): every guide, case and audience page and /help/
 * prints as a clean A4 leaflet — no site header, navigation or share bar; the title, the rule or key
 * points and the hotlines; a foot with the page's QR code, read back from its printed pixels, and
 * its address — and a guide fits two A4 sheets in Chromium's own PDF output.
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { page as built, sitePaths } from '../support/dist';
import { isCaseStudyPath } from '../../src/lib/case-facets';

/** The most A4 pages each kind of page may print on. */
const MAX_PAGES = { guides: 2, cases: 2, for: 3, help: 3 } as const;
type Kind = keyof typeof MAX_PAGES;

const leaflets = sitePaths()
  .map((path) => ({
    path,
    kind: (path === '/help/'
      ? 'help'
      : isCaseStudyPath(path)
        ? 'cases'
        : /^\/(guides|for)\/(?!for\/)[^/]+\/$/.exec(path)?.[1]) as Kind | undefined,
  }))
  .filter((p): p is { path: string; kind: Kind } => p.kind !== undefined)
  .map((p) => ({
    ...p,
    canonical: built(p.path).querySelector('link[rel="canonical"]')!.getAttribute('href')!,
  }));

/** Pages in a PDF made by Chromium: the page tree's root count. */
function pdfPages(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  if (counts.length === 0) throw new Error('not a PDF page tree');
  return Math.max(...counts);
}

async function decode(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** What is wrong with the printed page, in words; empty when it is a clean leaflet. */
async function leafletProblems(page: Page, kind: Kind, canonical: string): Promise<string[]> {
  const problems: string[] = [];
  const shown = (selector: string) => page.locator(selector).first().isVisible();
  for (const [selector, name] of [
    ['header[role="banner"]', 'the site header'],
    ['nav', 'a navigation'],
    ['[data-share]', 'the share bar'],
    ['body > footer', 'the site footer'],
  ] as const) {
    const printed = await page
      .locator(selector)
      .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
    if (printed > 0) problems.push(`prints ${name}`);
  }
  if (!(await shown('h1'))) problems.push('no title');
  const foot = page.locator('.leaflet-foot');
  if (!(await foot.isVisible())) problems.push('no leaflet foot');
  else {
    const text = (await foot.innerText()).replace(/\s+/g, '');
    for (const needed of ['110', '96110', canonical])
      if (!text.includes(needed)) problems.push(`the foot lacks ${needed}`);
    const decoded = await decode(page, '.leaflet-foot svg.qr');
    if (decoded !== canonical) problems.push(`its QR code reads ${decoded ?? 'nothing'}`);
  }
  if (kind === 'guides') {
    if (!(await shown('.rule-box'))) problems.push('no 识别口诀');
    for (const [selector, name] of [
      ['.red-flags li', '一眼识别'],
      ['.scam-script > li', '典型话术'],
      ['.do-dont', '要这样做 / 千万不要'],
      ['.guide-body > h2:last-of-type ~ .steps li', 'what to do after paying'],
    ] as const) {
      const all = page.locator(selector);
      const count = await all.count();
      for (let i = 0; i < count; i++)
        if (!(await all.nth(i).isVisible())) problems.push(`${name} item ${i + 1} is not printed`);
      if (count === 0) problems.push(`no ${name}`);
    }
  }
  return problems;
}

const BATCHES = 2;
for (let batch = 0; batch < BATCHES; batch++) {
  const mine = leaflets.filter((_, i) => i % BATCHES === batch);
  test(`every guide, case, audience page and /help/ prints as an A4 leaflet with its QR code, batch ${batch + 1} of ${BATCHES} (${mine.length} pages)`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + mine.length * 4_000);
    const wrong: string[] = [];
    for (const { path, kind, canonical } of mine) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const problem of await leafletProblems(page, kind, canonical))
        wrong.push(`${path}: ${problem}`);
      const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      if (pages > MAX_PAGES[kind])
        wrong.push(`${path}: ${pages} A4 pages (at most ${MAX_PAGES[kind]})`);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(wrong).toEqual([]);
  });
}

test('the leaflets cover every guide, case and audience page and /help/', () => {
  const count = (kind: Kind) => leaflets.filter((l) => l.kind === kind).length;
  const pages = sitePaths();
  expect(count('guides')).toBe(pages.filter((p) => /^\/guides\/(?!for\/)[^/]+\/$/.test(p)).length);
  expect(count('cases')).toBe(pages.filter(isCaseStudyPath).length);
  expect(count('for')).toBe(pages.filter((p) => /^\/for\/[^/]+\/$/.test(p)).length);
  expect(count('help')).toBe(1);
  expect(count('guides')).toBeGreaterThanOrEqual(16);
});

test('a printed guide leaves out the long explanations, which its QR code leads to', async ({
  page,
}) => {
  await page.goto('/guides/shuadan-fanli/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#骗局怎么一步步展开')).toBeHidden();
  await expect(page.locator('#guide-cases')).toBeHidden();
  await expect(page.locator('#典型话术')).toBeVisible();
  await expect(page.locator('#law-notes')).toBeVisible();
  // On screen the page is whole, and the leaflet's masthead and foot are not shown.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#骗局怎么一步步展开')).toBeVisible();
  await expect(page.locator('.leaflet-foot')).toBeHidden();
  await expect(page.locator('.leaflet-masthead')).toBeHidden();
});

test('the printed foot shows the share bar’s QR code again by reference, not a second drawing', () => {
  const doc = built('/guides/shuadan-fanli/');
  const use = doc.querySelector('.leaflet-foot svg.qr use');
  const target = use?.getAttribute('href')?.slice(1);
  expect(target).toBeTruthy();
  expect(doc.querySelector(`[data-share] svg.qr g#${target} path`)).not.toBeNull();
  expect(doc.querySelectorAll('.leaflet-foot path')).toHaveLength(0);
});
