/**
 * axe-core run straight in the page. @axe-core/playwright's AxeBuilder opens a helper page on
 * every analyze (for cross-frame results); the site has no frames, and checking every page in
 * two modes that way took minutes. Injected once per page load, axe then runs in well under a
 * second, so every page can be checked in every reading mode on each run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { WCAG_TAGS } from './site';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<AxeResult> } };

/** WCAG 2.0–2.2 A/AA violations on the page as it is now, as "rule: selector, selector" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await (window as AxeWindow).axe!.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
}
