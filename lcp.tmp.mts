import { lighthouseRun } from './scripts/lib/lighthouse.ts';
import { serveNginx } from './scripts/lib/serve.ts';
import { fullChromium } from './scripts/lib/chromium.ts';
import { machineProbe } from './scripts/lib/chromium-probe.ts';
const paths = process.argv.slice(2);
const server = await serveNginx(4393);
try {
  const res = await lighthouseRun(server.base, paths.length ? paths : ['/', '/guides/shuadan-fanli/', '/help/', '/check/'], { chromium: fullChromium(machineProbe())!, port: 4394, runs: Number(process.env.RUNS ?? 1), log: () => {} });
  for (const r of res) console.log(r.path, r.scores.performance, 'LCP', Math.round(r.lcpMs), 'FCP', Math.round(r.fcpMs), 'CLS', r.cls.toFixed(3), 'bytes', r.bytes, 'bi', r.benchmarkIndex, r.below.join(','));
} finally { await server.stop(); }
