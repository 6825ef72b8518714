/**
 * The byte budgets of PRODUCT.md's quality bars, on every built page (gzip at nginx's level, as
 * readers receive them; scripts/lib/page-weight.ts says what is counted):
 * - each page's HTML ≤ 14 KB: the page arrives in the first round trip (one initial congestion
 *   window of ten packets);
 * - the stylesheets that hold up its first paint ≤ 8 KB; the full-screen tools (slides, the LED
 *   view), which add their own small sheet to the site's, ≤ 9 KB;
 * - the scripts a content page runs ≤ 10 KB, counting every module they import; the interactive
 *   tools (search, the checker, quizzes, rehearsals, slides, the LED view) ≤ 20 KB;
 * - a guide's first visit (HTML + CSS + JS) ≤ 50 KB.
 * The default offline copy has its own budget (tests/build/offline.test.ts) and the first
 * search its own, measured in a browser (tests/e2e/budgets.spec.ts). `npm run bench` prints the
 * figures themselves.
 */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight';
import { relative } from 'node:path';
import { builtPages, DIST } from '../support/dist';

const KB = 1024;
const HTML_BUDGET = 14 * KB;
const CSS_BUDGET = 8 * KB;
const SCREEN_CSS_BUDGET = 9 * KB;
const CONTENT_JS_BUDGET = 10 * KB;
const TOOL_JS_BUDGET = 20 * KB;
const GUIDE_FIRST_VISIT = 50 * KB;

/** Pages that are tools rather than reading: their script is the page. */
const TOOL = /^\/(search|check|quiz|present|toolkit\/led)\//;
/** Full-screen tools with a stylesheet of their own: slides (presentations, classroom quizzes), LED. */
const SCREEN = /^\/(present\/|quiz\/[^/]+\/class\/|toolkit\/led\/)/;

/** Every built page (slide decks and the 404 page too), as a site path. */
const paths = builtPages().map((file) => `/${relative(DIST, file)}`.replace(/index\.html$/, ''));
const weights = paths.map((path) => pageWeight(DIST, path));
const over = (budget: number, of: (w: (typeof weights)[number]) => number) =>
  weights.filter((w) => of(w) > budget).map((w) => `${w.path}: ${(of(w) / KB).toFixed(1)} KB`);

describe('byte budgets on every page', () => {
  it('reads the whole site', () => {
    expect(weights.length).toBeGreaterThan(170);
    expect(paths).toContain('/present/guides/shuadan-fanli/');
  });

  it('HTML ≤ 14 KB gzip', () => {
    expect(over(HTML_BUDGET, (w) => w.html)).toEqual([]);
  });

  it('render-blocking CSS ≤ 8 KB gzip (the print stylesheet aside), ≤ 9 KB on a full-screen tool', () => {
    const reading = weights.filter((w) => !SCREEN.test(w.path));
    const screens = weights.filter((w) => SCREEN.test(w.path));
    expect(screens.length).toBeGreaterThan(20);
    const big = (list: typeof weights, budget: number) =>
      list.filter((w) => w.css > budget).map((w) => `${w.path}: ${(w.css / KB).toFixed(1)} KB`);
    expect(big(reading, CSS_BUDGET)).toEqual([]);
    expect(big(screens, SCREEN_CSS_BUDGET)).toEqual([]);
    expect(weights.every((w) => w.stylesheets.length >= 1)).toBe(true);
  });

  it('JavaScript ≤ 10 KB gzip on a content page, ≤ 20 KB on a tool page, imports included', () => {
    const content = weights.filter((w) => !TOOL.test(w.path));
    const tools = weights.filter((w) => TOOL.test(w.path));
    expect(tools.length).toBeGreaterThan(10);
    const big = (list: typeof weights, budget: number) =>
      list.filter((w) => w.js > budget).map((w) => `${w.path}: ${(w.js / KB).toFixed(1)} KB`);
    expect(big(content, CONTENT_JS_BUDGET)).toEqual([]);
    expect(big(tools, TOOL_JS_BUDGET)).toEqual([]);
  });

  it('a guide’s first visit (HTML + CSS + JS) ≤ 50 KB gzip', () => {
    const guides = weights.filter((w) => /^\/guides\/[^/]+\/$/.test(w.path));
    expect(guides.length).toBeGreaterThanOrEqual(16);
    expect(over(GUIDE_FIRST_VISIT, (w) => w.html + w.css + w.js)).toEqual([]);
  });

  it('counts the modules a page’s scripts import, not only its script tags', () => {
    // The search page's script imports shared chunks (the dictionary, the signs' matcher).
    const search = weights.find((w) => w.path === '/search/')!;
    const tags = search.scripts.filter((s) => s.includes('search.astro'));
    expect(tags).toHaveLength(1);
    expect(search.scripts.length).toBeGreaterThan(tags.length + 2);
  });
});
