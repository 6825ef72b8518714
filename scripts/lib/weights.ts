/**
 * The weight figures PRODUCT.md sets targets for, read from dist/ (no server): each listed page's
 * first visit as scripts/lib/page-weight.ts counts it (HTML, render-blocking CSS, every script it
 * runs, gzip at nginx's level), web fonts, and everything the service worker precaches. Search
 * index and images aside (the first search has its own figure, scripts/lib/first-search.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight, type PageWeight } from './page-weight.ts';

/** The pages whose first-visit weight is printed; the first is the guide the targets speak of. */
const WEIGHT_PAGES = [
  '/guides/shuadan-fanli/',
  '/cases/',
  '/for/elderly/',
  '/help/',
  '/',
  '/song/',
  '/search/',
  '/check/',
  '/quiz/',
] as const;

export const WEIGHT_TARGETS = {
  /** A guide page's first visit, HTML + CSS + JS. */
  firstVisit: 50 * 1024,
  /** Each page's HTML: one initial congestion window. */
  html: 14 * 1024,
  /** The stylesheet the first paint waits for. */
  css: 8 * 1024,
  /** JavaScript on a content page. */
  js: 10 * 1024,
  fonts: 0,
} as const;

export interface Weights {
  pages: PageWeight[];
  fonts: number;
  /** What the service worker precaches; gzip at nginx's level 6, as it is sent. */
  precache: { files: number; raw: number; gzip: number };
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

export function weights(dist: string): Weights {
  const pages = WEIGHT_PAGES.map((path) => pageWeight(dist, path));
  const fonts = walk(dist).filter((p) => /\.(woff2?|ttf|otf|eot)$/.test(p)).length;
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
  let raw = 0;
  let gzip = 0;
  for (const file of precached) {
    const bytes = readFileSync(
      join(dist, file === '' || file.endsWith('/') ? `${file}index.html` : file),
    );
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 6 }).length;
  }
  return { pages, fonts, precache: { files: precached.length, raw, gzip } };
}
