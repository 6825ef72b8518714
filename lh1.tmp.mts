import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { serveNginx } from './scripts/lib/serve.ts';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.ts';
import { setTimeout as delay } from 'node:timers/promises';
const server = await serveNginx(4393);
const child = spawn('/usr/bin/chromium', ['--headless=new', ...CHROMIUM_ARGS, '--remote-debugging-port=4394', '--user-data-dir=/tmp/lhprof', 'about:blank'], { stdio: 'ignore' });
await delay(2000);
try {
  const r = await lighthouse(server.base + (process.argv[2] ?? '/guides/shuadan-fanli/'), { port: 4394, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  const ids = Object.keys(a).filter(k => /render-blocking|lcp|critical|mainthread|network-requests|dom-size|largest/.test(k));
  for (const id of ids) console.log(id, a[id].displayValue ?? '', JSON.stringify(a[id].details)?.slice(0, 1500));
  console.log('FCP', a['first-contentful-paint'].numericValue, 'LCP', a['largest-contentful-paint'].numericValue);
} finally { child.kill(); await server.stop(); }
