import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { serveNginx } from './scripts/lib/serve.ts';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.ts';
import { setTimeout as delay } from 'node:timers/promises';
const server = await serveNginx(4396, process.env.DIST ?? 'dist');
const child = spawn('/usr/bin/chromium', ['--headless=new', ...CHROMIUM_ARGS, '--remote-debugging-port=4397', '--user-data-dir=/tmp/lhprof3', 'about:blank'], { stdio: 'ignore' });
await delay(2000);
try {
  for (const p of process.argv.slice(2)) {
    const r = await lighthouse(server.base + p, { port: 4397, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
    const a = r!.lhr.audits;
    console.log(p, 'CLS', a['cumulative-layout-shift'].numericValue, JSON.stringify((a['layout-shifts'] ?? a['cls-culprits-insight'])?.details)?.slice(0, 2500));
  }
} finally { child.kill(); await server.stop(); }
