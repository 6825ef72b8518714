/**
 * The weight figures PRODUCT.md sets targets for, read from dist/ (no server): each page's HTML,
 * render-blocking CSS and JS at gzip -9 as a first visit fetches them, web fonts, and everything
 * the service worker precaches. Search index and images aside (the first search has its own
 * figure, scripts/lib/first-search.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The pages whose first-visit weight is printed; the first is the guide the targets speak of. */
const WEIGHT_PAGES = [
  '/guides/shuadan-fanli/',
  '/cases/',
  '/for/elderly/',
  '/help/',
  '/',
  '/song/',
  '/search/',
] as const;

export const WEIGHT_TARGETS = {
  /** A guide page's first visit, HTML + CSS + JS. */
  firstVisit: 50 * 1024,
  /** What the first paint needs: HTML + render-blocking CSS (one initial congestion window). */
  critical: 14 * 1024,
  /** JavaScript on a content page. */
  js: 10 * 1024,
  fonts: 0,
} as const;

interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  scripts: string[];
}

export interface Weights {
  pages: PageWeight[];
  fonts: number;
  precache: { files: number; raw: number; gzip: number };
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Stylesheets that hold up the first paint (not media="print") and scripts of a page's HTML. */
function assetsOf(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .filter((m) => !/media="print"/.test(m[0]))
    .map((m) => /href="([^"]+)"/.exec(m[0])![1]!);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  return { css, js };
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
  const file = (url: string) => {
    const path = url.replace(/^\//, '');
    return readFileSync(join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path));
  };
  const pages = WEIGHT_PAGES.map((path) => {
    const html = file(path);
    const { css, js } = assetsOf(html.toString('utf8'));
    return {
      path,
      html: gz(html),
      css: css.reduce((n, u) => n + gz(file(u)), 0),
      js: js.reduce((n, u) => n + gz(file(u)), 0),
      scripts: js,
    };
  });
  const fonts = walk(dist).filter((p) => /\.(woff2?|ttf|otf|eot)$/.test(p)).length;
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const url of precached) {
    const bytes = file(url.startsWith('/') ? url : `/${url}`);
    raw += bytes.length;
    gzip += gz(bytes);
  }
  return { pages, fonts, precache: { files: precached.length, raw, gzip } };
}
