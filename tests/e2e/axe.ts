/**
 * axe-core run straight in the page. @axe-core/playwright's AxeBuilder opens a helper page on
 * every analyze (for cross-frame results); the site has no frames, and checking every page in
 * two modes that way took minutes. Injected once per page load, axe then runs in well under a
 * second, so every page can be checked in every reading mode on each run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import { WCAG_TAGS } from './site';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<AxeResult> } };

const preloaded = new WeakSet<BrowserContext>();
/**
 * Makes every later page of the context load axe before its own scripts. Chromium then reuses the
 * compiled script: about a tenth of the cost of evaluating axe's 550 KB into each page afresh.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  if (preloaded.has(context)) return;
  preloaded.add(context);
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * Violations on the page as it is now, as "rule: selector, selector" lines: of the WCAG 2.0–2.2
 * A/AA rules by default, or of every rule axe has (best practices too) with `{ all: true }`.
 */
export async function axeViolations(
  page: Page,
  { all = false, rules }: { all?: boolean; rules?: readonly string[] } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules
    ? { type: 'rule', values: rules }
    : all
      ? undefined
      : { type: 'tag', values: WCAG_TAGS };
  return page.evaluate(async (only) => {
    // Only violations are reported: axe then skips collecting the passes, about half its time.
    const result = await (window as AxeWindow).axe!.run(document, {
      resultTypes: ['violations'],
      ...(only ? { runOnly: only } : {}),
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, runOnly);
}

/**
 * The WCAG A/AA rules whose result depends on computed styles (colour, size, spacing, overflow).
 * The reading modes change only styles, never the markup, so on a page already checked with every
 * rule, these are the ones a reading mode can turn from pass to fail.
 */
export const STYLE_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'avoid-inline-spacing',
  'css-orientation-lock',
] as const;
