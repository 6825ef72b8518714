import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.ts';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: [...CHROMIUM_ARGS] });
const ctx = await b.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
const page = await ctx.newPage();
const paths = ['/', '/guides/maochong-gongjianfa/', '/cases/', '/for/elderly/', '/help/', '/alerts/', '/campaign/', '/search/?q=杀猪盘'];
for (const base of ['http://127.0.0.1:4329', 'http://127.0.0.1:4395', 'http://127.0.0.1:4329', 'http://127.0.0.1:4395']) {
  const s = performance.now();
  for (let r = 0; r < 3; r++) for (const p of paths) await page.goto(base + p);
  console.log(base, Math.round((performance.now() - s) / (3 * paths.length)));
}
await b.close();
