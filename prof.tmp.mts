import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.ts';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: [...CHROMIUM_ARGS] });
const ctx = await b.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
await ctx.addInitScript({ content: AXE });
const page = await ctx.newPage();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = ['/', '/guides/maochong-gongjianfa/', '/cases/', '/cases/2/', '/for/elderly/', '/help/', '/alerts/', '/quiz/students/', '/campaign/', '/guides/', '/cases/maochong-1/'];
const T: Record<string, number> = {};
const t = async (k: string, f: () => Promise<unknown>) => { const s = performance.now(); await f(); T[k] = (T[k] ?? 0) + performance.now() - s; };
for (let r = 0; r < 2; r++) for (const p of paths) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await t('goto', () => page.goto('http://127.0.0.1:4329' + p));
  await t('axe', () => page.evaluate((tags) => (window as any).axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } }), tags));
  await t('axe-nocc', () => page.evaluate((tags) => (window as any).axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags }, rules: { 'color-contrast': { enabled: false } } }), tags));
  await t('xl', () => page.evaluate(() => { document.documentElement.dataset['textSize'] = 'xlarge'; document.documentElement.dataset['contrast'] = 'high'; }));
  await t('axe-style', () => page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'rule', values: ['color-contrast','link-in-text-block','target-size','scrollable-region-focusable','avoid-inline-spacing','css-orientation-lock'] } })));
  await t('phone', async () => { await page.setViewportSize({ width: 320, height: 640 }); await page.evaluate(() => document.documentElement.scrollWidth); });
}
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(v / (2 * paths.length))])));
await b.close();
