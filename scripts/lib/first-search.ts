/**
 * What a reader's first search costs: the bytes the browser fetches for it — from /pagefind/
 * (Pagefind's script, its WebAssembly, the index metadata, the index chunks for the words searched,
 * the result fragments) and the search page's own data (/search/bets.json, /search/signs.json) — when a reader with an empty cache lands on /search/?q=… — as the header's
 * search box sends them there — until the answer is on screen and the network is quiet.
 *
 * Measured as transferred (response headers + body as sent), so serve the site as production
 * does (scripts/nginx-serve.ts, gzip on) for the real figure. The search page's own HTML, CSS and
 * JS are the page's first visit, counted with the other pages' weights, not here.
 * Used by `npm run bench` and by the budget test (tests/e2e/budgets.spec.ts).
 */
import type { Browser } from '@playwright/test';

export interface FirstSearchQuery {
  /** What the figure is for: 一个词, 一句话, 一条短信. */
  kind: string;
  q: string;
}

/** The queries the first-search figure is measured on: a word, a sentence, a pasted message. */
export const FIRST_SEARCH_QUERIES: readonly FirstSearchQuery[] = [
  { kind: 'one word', q: '刷单' },
  { kind: 'one word', q: '杀猪盘' },
  { kind: 'one word', q: '安全账户' },
  { kind: 'sentence', q: '有人让我刷单，说先垫付后返利' },
  { kind: 'sentence', q: '网上认识的男朋友让我投资' },
  {
    kind: 'pasted SMS',
    q: '【京东客服】您好，您的百万保障服务即将到期，每月将扣费800元，如需关闭请联系客服办理，否则影响征信。',
  },
  {
    kind: 'pasted SMS',
    q: '您的医保卡涉嫌违规套现，已被冻结，请立即拨打以下电话与办案民警联系，配合调查，否则将承担法律责任。',
  },
];

export interface FirstSearchCost {
  query: FirstSearchQuery;
  /** Bytes transferred from /pagefind/ and /search/*.json (headers + body). */
  bytes: number;
  requests: number;
  /** From landing on the page to the answer on screen, in milliseconds (this machine, loopback). */
  ms: number;
  /** Bytes per kind of file: pagefind.js, wasm, meta, filter, index, fragment, bets.json… */
  parts: Record<string, number>;
  /** Set when no answer showed within the time allowed: the figures are what came until then. */
  timedOut?: true;
}

function partOf(path: string): string {
  if (path.includes('/index/')) return 'index';
  if (path.includes('/fragment/')) return 'fragment';
  if (path.includes('/filter/')) return 'filter';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.includes('wasm')) return 'wasm';
  return path.split('/').pop() ?? path;
}

/**
 * One first search, in a fresh browser context (empty cache, no service worker). `timeout` (ms)
 * bounds the wait for the answer; past it this fails, or with `partial` returns the cost so far
 * marked `timedOut` (the bench's scale run reports such a search rather than stopping).
 */
export async function firstSearch(
  browser: Browser,
  base: string,
  query: FirstSearchQuery,
  { timeout = 30_000, partial = false } = {},
): Promise<FirstSearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const parts: Record<string, number> = {};
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith('/pagefind/') && !/^\/search\/[^/]+\.json$/.test(path)) return;
      pending.push(
        request.sizes().then((s) => {
          const n = s.responseHeadersSize + s.responseBodySize;
          bytes += n;
          requests += 1;
          const part = partOf(path);
          parts[part] = (parts[part] ?? 0) + n;
        }),
      );
    });
    const start = Date.now();
    await page.goto(`${base}/search/?q=${encodeURIComponent(query.q)}`);
    // Every answer names how it went: 找到 N 个…, …部分词 (word by word), or 没有找到….
    const answered = await page
      .locator('#search-status')
      .filter({ hasText: /找到|部分词/ })
      .waitFor({ timeout })
      .then(
        () => true,
        (error: unknown) => {
          if (partial) return false;
          throw error;
        },
      );
    const ms = Date.now() - start;
    if (answered) await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return { query, bytes, requests, ms, parts, ...(answered ? {} : { timedOut: true as const }) };
  } finally {
    await context.close();
  }
}
