/**
 * npm run bench — prints the weight figures PRODUCT.md sets targets for, measured on dist/
 * (run `npm run build` first). Figures, not pass/fail: the targets are printed beside them.
 *
 *   guide page, first visit: HTML + CSS + JS, gzip          target ≤ 50 KB
 *   critical HTML + CSS (what the first paint needs), gzip  target ≤ 14 KB
 *   JavaScript on a content page, gzip                      target ≤ 10 KB
 *   web fonts                                               target 0 bytes
 *   offline precache (everything the service worker fetches), raw and gzip
 *   search ranking: the realistic queries of tests/fixtures/search-queries.yaml through the real
 *   search page (served by `astro preview`, in Chromium): share with the right page first and in
 *   the top 3 (targets ≥ 80 % and ≥ 95 %), and every searchable page's exact title first
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, planChromium } from './lib/chromium.ts';
import { machineProbe } from './lib/chromium-probe.ts';
import { loadQueries, percent, runQueries, summarise } from './lib/search-ranking.ts';
import { searchablePages } from '../tests/support/dist.ts';

const DIST = resolve(import.meta.dirname, '../dist');
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ is empty: run `npm run build` first');
  process.exit(1);
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const file = (url: string) => {
  const path = url.replace(/^\//, '');
  return readFileSync(join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path));
};

function assetsOf(html: string): { css: string[]; js: string[] } {
  // Stylesheets that hold up the first paint; the print stylesheet (media="print") does not.
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .filter((m) => !/media="print"/.test(m[0]))
    .map((m) => /href="([^"]+)"/.exec(m[0])![1]!);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  return { css, js };
}

function page(url: string) {
  const html = file(url);
  const { css, js } = assetsOf(html.toString('utf8'));
  const cssBytes = css.reduce((n, u) => n + gz(file(u)), 0);
  const jsBytes = js.reduce((n, u) => n + gz(file(u)), 0);
  return { url, html: gz(html), css: cssBytes, js: jsBytes, scripts: js };
}

const rows = [
  '/guides/shuadan-fanli/',
  '/cases/',
  '/for/elderly/',
  '/help/',
  '/',
  '/song/',
  '/search/',
].map(page);
console.log('Page weights (gzip -9, first visit, search index and images aside)\n');
console.log('page                          HTML      CSS       JS        total');
for (const r of rows) {
  console.log(
    `${r.url.padEnd(28)}  ${kb(r.html).padEnd(9)} ${kb(r.css).padEnd(9)} ${kb(r.js).padEnd(9)} ${kb(r.html + r.css + r.js)}`,
  );
}
const guide = rows[0]!;
console.log(
  `\nguide page, first visit:        ${kb(guide.html + guide.css + guide.js)}   (target ≤ 50 KB)`,
);
console.log(`critical HTML + CSS:            ${kb(guide.html + guide.css)}   (target ≤ 14 KB)`);
console.log(
  `JavaScript on a content page:   ${kb(guide.js)}   (target ≤ 10 KB) — ${guide.scripts.join(', ')}`,
);

const all: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else all.push(path);
  }
};
walk(DIST);
const fonts = all.filter((p) => /\.(woff2?|ttf|otf|eot)$/.test(p));
console.log(`web fonts:                      ${fonts.length} files   (target 0)`);

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
let raw = 0;
let zipped = 0;
for (const url of precached) {
  const bytes = file(url.startsWith('/') ? url : `/${url}`);
  raw += bytes.length;
  zipped += gz(bytes);
}
console.log(
  `offline precache:               ${precached.length} files, ${kb(raw)} raw, ~${kb(zipped)} gzip`,
);

// Search ranking, through the real search page.

const PORT = 4362;
const preview = spawn(
  join(import.meta.dirname, '../node_modules/.bin/astro'),
  ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)],
  { stdio: 'ignore', detached: true },
);
try {
  const base = `http://127.0.0.1:${PORT}`;
  for (
    let tries = 0;
    !(await fetch(base).then(
      (r) => r.ok,
      () => false,
    ));
    tries++
  ) {
    if (tries > 150) throw new Error('astro preview did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const plan = planChromium(machineProbe());
  const browser = await chromium.launch({
    ...(plan.kind === 'found' ? { executablePath: plan.path } : {}),
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage({ baseURL: base, locale: 'zh-CN' });
  const queries = loadQueries();
  const ranked = summarise(await runQueries(page, queries));
  const titles = searchablePages();
  const byTitle = summarise(
    await runQueries(
      page,
      titles.map((p) => ({ q: p.title, expect: p.path })),
    ),
  );
  await browser.close();
  console.log(
    `\nSearch ranking (${ranked.total} realistic queries, tests/fixtures/search-queries.yaml)`,
  );
  console.log(
    `right page first:               ${percent(ranked.first, ranked.total)}   (target ≥ 80 %)`,
  );
  console.log(
    `right page in the top 3:        ${percent(ranked.top3, ranked.total)}   (target ≥ 95 %)`,
  );
  console.log(
    `exact page titles first:        ${byTitle.first} of ${byTitle.total}   (target all)`,
  );
  if (ranked.misses.length) console.log(`not in the top 3:\n  ${ranked.misses.join('\n  ')}`);
  if (ranked.near.length) console.log(`second or third:\n  ${ranked.near.join('\n  ')}`);
} finally {
  process.kill(-preview.pid!, 'SIGTERM');
}
