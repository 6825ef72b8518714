/**
 * The case library's lists as built (/cases/ and each filter, split into pages of CASES_PER_PAGE):
 * read page after page by following 下一页, and checked for links that join them up. Shared by the
 * checks over dist/ (tests/build/library.test.ts) and over a copy built with many synthetic
 * cases (tests/build/case-pages.test.ts).
 */
import { t } from '../../src/i18n/zh-CN';

export interface ListPage {
  path: string;
  /** The case addresses the page lists, in order. */
  cases: string[];
  doc: Document;
}

/** The pagination of a list page, if it has one. */
export const pagination = (doc: Document) =>
  doc.querySelector(`main nav[aria-label="${t('pagination.label')}"]`);

/** The case addresses one list page shows, in order. */
export const casesOn = (doc: Document): string[] =>
  [...doc.querySelectorAll('#case-list ~ ul > li h3 a')].map((a) => a.getAttribute('href')!);

/** A paged list from its first page, following each page's 下一页 (rel="next") to the last. */
export function listPages(page: (path: string) => Document, first: string): ListPage[] {
  const pages: ListPage[] = [];
  for (let path: string | null | undefined = first; path;) {
    if (pages.some((p) => p.path === path)) throw new Error(`${path}: 下一页 goes back`);
    const doc = page(path);
    pages.push({ path, cases: casesOn(doc), doc });
    path = pagination(doc)?.querySelector('a[rel="next"]')?.getAttribute('href');
  }
  return pages;
}

/**
 * What is wrong with how a list's pages link up (nothing, when all is well): page k of N says
 * 第 k 页，共 N 页 and marks itself; 上一页 and 下一页 lead to pages k−1 and k+1; the first and last
 * pages are always linked; the page numbers are in order. `url(k)` is page k's address.
 */
export function linkProblems(pages: readonly ListPage[], url: (k: number) => string): string[] {
  const problems: string[] = [];
  const last = pages.length;
  pages.forEach(({ path, doc }, i) => {
    const k = i + 1;
    const say = (what: string) => problems.push(`${path}: ${what}`);
    if (path !== url(k)) say(`is page ${k}, expected at ${url(k)}`);
    const nav = pagination(doc);
    if (last === 1) {
      if (nav) say('a list of one page has pagination');
      return;
    }
    if (!nav) {
      say('no pagination');
      return;
    }
    const main = doc.querySelector('main')!.textContent ?? '';
    if (!main.includes(t('pagination.status', { page: k, pages: last })))
      say(`does not say ${t('pagination.status', { page: k, pages: last })}`);
    const href = (selector: string) => nav.querySelector(selector)?.getAttribute('href');
    if (href('a[aria-current="page"]') !== url(k)) say('does not mark itself aria-current');
    if (href('a[rel="prev"]') !== (k > 1 ? url(k - 1) : undefined)) say('上一页 is wrong');
    if (href('a[rel="next"]') !== (k < last ? url(k + 1) : undefined)) say('下一页 is wrong');
    const numbers = [...nav.querySelectorAll('a[aria-label]')].map((a) => ({
      href: a.getAttribute('href'),
      n: Number(a.textContent),
      label: a.getAttribute('aria-label'),
    }));
    for (const { href: h, n, label } of numbers) {
      if (h !== url(n)) say(`the link to page ${n} goes to ${h}`);
      if (label !== t('pagination.page', { page: n })) say(`page ${n} is labelled ${label}`);
    }
    const ns = numbers.map((x) => x.n);
    if (ns[0] !== 1 || ns.at(-1) !== last) say(`links ${ns.join(' ')}, not page 1 and ${last}`);
    if (ns.some((n, j) => j > 0 && n <= ns[j - 1]!)) say(`page numbers out of order: ${ns}`);
  });
  return problems;
}
