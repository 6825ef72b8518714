import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { serveNginx } from './scripts/lib/serve.ts';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.ts';
import { setTimeout as delay } from 'node:timers/promises';
const src = process.env.PAGE ?? 'guides/shuadan-fanli';
const html = readFileSync(`dist/${src}/index.html`, 'utf8');
const css = readFileSync('dist/_astro/' + html.match(/_astro\/(SiteHead[^"]+\.css)/)![1], 'utf8');
rmSync('/tmp/expdist', { recursive: true, force: true });
cpSync('dist', '/tmp/expdist', { recursive: true });
const variants: Record<string, (h: string) => string> = {
  base: (h) => h,
  noprefs: (h) => h.replace('<script src="/prefs-init.js"></script>', ''),
  inlineprefs: (h) => h.replace('<script src="/prefs-init.js"></script>', `<script>${readFileSync('dist/prefs-init.js','utf8')}</script>`),
  nomodules: (h) => h.replace(/<script type="module"[^>]*><\/script>/g, ''),
  nocss: (h) => h.replace(/<link rel="stylesheet" href="\/_astro\/SiteHead[^>]*>/, ''),
  inlinecss: (h) => h.replace(/<link rel="stylesheet" href="\/_astro\/SiteHead[^>]*>/, `<style>${css}</style>`),
};
const mods = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
const deps = ['/_astro/print.D_x1bo_L.js', '/_astro/preload-helper.Cl0WDjog.js'];
writeFileSync('/tmp/expdist/exp-loader.js', `requestAnimationFrame(() => setTimeout(() => { ${mods.map((m) => `import('${m}');`).join(' ')} }));`);
writeFileSync('/tmp/expdist/exp-loader-load.js', `addEventListener('load', () => { ${mods.map((m) => `import('${m}');`).join(' ')} });`);
const strip = (h: string) => h.replace(/<script type="module"[^>]*><\/script>/g, '');
Object.assign(variants, {
  loader: (h: string) => strip(h).replace('</body>', '<script type="module" src="/exp-loader.js"></script></body>'),
  loaderpre: (h: string) => strip(h).replace('</head>', [...mods, ...deps].map((m) => `<link rel="modulepreload" href="${m}">`).join('') + '</head>').replace('</body>', '<script type="module" src="/exp-loader.js"></script></body>'),
  loaderload: (h: string) => strip(h).replace('</body>', '<script type="module" src="/exp-loader-load.js"></script></body>'),
  bare: (h: string) => strip(h).replace('<script src="/prefs-init.js"></script>', '').replace('<script src="/registerSW.js" defer></script>', ''),
});
const cssName = html.match(/_astro\/(SiteHead[^"]+\.css)/)![1];
writeFileSync('/tmp/expdist/_astro/cjkfirst.css', css.replace('--font-sans:system-ui, -apple-system, ', '--font-sans:').replace('"WenQuanYi Micro Hei", sans-serif', '"WenQuanYi Micro Hei", system-ui, -apple-system, sans-serif'));
Object.assign(variants, {
  cjk: (h: string) => h.replace(cssName, 'cjkfirst.css'),
  cjknomod: (h: string) => strip(h).replace(cssName, 'cjkfirst.css'),
  cjkloader: (h: string) => strip(h).replace(cssName, 'cjkfirst.css').replace('</body>', '<script type="module" src="/exp-loader.js"></script></body>'),
});
const low = (h: string) => h.replace(/<script type="module"/g, '<script type="module" fetchpriority="low"');
Object.assign(variants, {
  low: low,
  cjklow: (h: string) => low(h).replace(cssName, 'cjkfirst.css'),
});
const only = process.argv.slice(2);
const names = Object.keys(variants).filter((n) => !only.length || only.includes(n));
for (const n of names) { mkdirSync(`/tmp/expdist/exp/${n}`, { recursive: true }); writeFileSync(`/tmp/expdist/exp/${n}/index.html`, variants[n]!(html)); }
const server = await serveNginx(4393, '/tmp/expdist');
const child = spawn('/usr/bin/chromium', ['--headless=new', ...CHROMIUM_ARGS, '--remote-debugging-port=4394', '--user-data-dir=/tmp/lhprof2', 'about:blank'], { stdio: 'ignore' });
await delay(2000);
const res: Record<string, number[][]> = {};
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 3); run++)
    for (const n of names) {
      const r = await lighthouse(`${server.base}/exp/${n}/`, { port: 4394, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
      const a = r!.lhr.audits;
      if (process.env.PRIO) console.log(n, (a['network-requests'].details as any).items.map((i: any) => i.url.split('/').pop().slice(0,20) + ':' + i.priority).join(' '));
      if (process.env.DETAIL) console.log(n, JSON.stringify(a['lcp-breakdown-insight']?.details).slice(0,900));
      (res[n] ??= []).push([a['first-contentful-paint'].numericValue!, a['largest-contentful-paint'].numericValue!, r!.lhr.environment.benchmarkIndex]);
    }
} finally { child.kill(); await server.stop(); }
for (const n of names) console.log(n.padEnd(12), res[n]!.map((x) => x.map(Math.round).join('/')).join('  '));
