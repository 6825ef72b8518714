import { chromium } from '@playwright/test';
import { serveNginx } from './scripts/lib/serve.ts';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.ts';
const server = await serveNginx(4395, process.env.DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const path of process.argv.slice(2)) {
    const rows: string[] = [];
    for (let i = 0; i < Number(process.env.N ?? 3); i++) {
      const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(server.base + path, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
      rows.push(`style ${(m.RecalcStyleDuration*1000).toFixed(0)}ms(${m.RecalcStyleCount}) layout ${(m.LayoutDuration*1000).toFixed(0)}ms(${m.LayoutCount}) script ${(m.ScriptDuration*1000).toFixed(0)} task ${(m.TaskDuration*1000).toFixed(0)} fcp ${fcp?.toFixed(0)} nodes ${m.Nodes}`);
      await ctx.close();
    }
    const num = (k: string) => rows.map((r) => Number(r.match(new RegExp(k + ' (\\d+)'))![1])).sort((a, b) => a - b);
    const med = (a: number[]) => a[a.length >> 1];
    console.log(path.padEnd(20), 'layout', num('layout').join(','), 'med', med(num('layout')), 'fcp med', med(num('fcp')), 'task med', med(num('task')));
  }
} finally { await browser.close(); await server.stop(); }
