/**
 * Search ranking, measured through the real search page: each query typed into /search/ as a
 * reader would, and the links the reader sees first (best bets, then results) read back.
 * Used by the browser tests (tests/e2e/search.spec.ts) and by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const QUERIES_FILE = 'tests/fixtures/search-queries.yaml';

export interface RankingQuery {
  q: string;
  /** The page that answers it, as a path: /guides/shuadan-fanli/. */
  expect: string;
}

/** The query set, checked: every entry a non-empty query and a site path. */
export function loadQueries(file = QUERIES_FILE): RankingQuery[] {
  const data: unknown = parse(readFileSync(join(ROOT, file), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of { q, expect }`);
  return data.map((entry: unknown, i) => {
    const { q, expect } = (entry ?? {}) as Partial<RankingQuery>;
    if (
      typeof q !== 'string' ||
      !q.trim() ||
      typeof expect !== 'string' ||
      !/^\/.*\/$/.test(expect)
    )
      throw new Error(`${file}, entry ${i + 1}: needs q (text) and expect (a path like /help/)`);
    return { q, expect };
  });
}

/** The search page's own box (not the header's). */
const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox');

/**
 * Types `query` into the search page already open in `page`, waits for its answer and returns
 * the paths of the links shown, in order: best bets first, then the results. A query whose page is
 * a case study runs after the case studies have been asked for.
 */
async function searchLinks(page: Page, query: string): Promise<string[]> {
  const box = searchBox(page);
  await box.fill(query);
  await box.press('Enter');
  const status = page.getByRole('main').getByRole('status').first();
  const shown = Array.from(query.trim()).slice(0, 100).join('');
  // Every answer names the query: 找到 N 个…, 没有找到…, or …部分词 (a sentence matched word by word).
  await status
    .filter({ hasText: `“${shown}”` })
    .filter({ hasText: /找到|部分词/ })
    .waitFor();
  return page
    .locator('#search-bets a, #search-results > li h2 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

export interface RankingResult extends RankingQuery {
  links: string[];
}

/** Runs every query on the search page (opened at `searchUrl`) and returns what each showed. */
export async function runQueries(
  page: Page,
  queries: readonly RankingQuery[],
  searchUrl = '/search/',
): Promise<RankingResult[]> {
  await page.goto(searchUrl);
  const results: RankingResult[] = [];
  const isCase = (q: RankingQuery) => /^\/cases\/[^/]+\/$/.test(q.expect);
  for (const query of queries.filter((q) => !isCase(q)))
    results.push({ ...query, links: await searchLinks(page, query.q) });
  const cases = queries.filter(isCase);
  if (cases.length > 0) {
    // A case study is searched as a reader looking for one does: with 也在…典型案例里找一找
    // pressed once (the case studies have their own index; the page keeps it from then on).
    await searchLinks(page, cases[0]!.q);
    const offer = page.locator('#search-cases button');
    if (await offer.isVisible()) await offer.click();
    await page.locator('#search-cases').waitFor({ state: 'hidden' });
  }
  for (const query of cases) results.push({ ...query, links: await searchLinks(page, query.q) });
  return results;
}

export interface RankingSummary {
  total: number;
  first: number;
  top3: number;
  /** Queries whose page is not in the first three, with what came instead. */
  misses: string[];
  /** Queries whose page is second or third. */
  near: string[];
}

export function summarise(results: readonly RankingResult[]): RankingSummary {
  const misses: string[] = [];
  const near: string[] = [];
  let first = 0;
  let top3 = 0;
  for (const r of results) {
    const at = r.links.slice(0, 3).indexOf(r.expect);
    if (at === 0) first++;
    if (at >= 0) top3++;
    const line = `${r.q} → ${r.links.slice(0, 3).join(' ') || '(nothing)'} (expected ${r.expect})`;
    if (at < 0) misses.push(line);
    else if (at > 0) near.push(line);
  }
  return { total: results.length, first, top3, misses, near };
}

export const percent = (n: number, total: number): string =>
  `${((100 * n) / Math.max(total, 1)).toFixed(1)} %`;
