/**
 * What a page costs on a first visit, read from dist/: its HTML, the stylesheets that hold up the
 * first paint (not the print stylesheet, media="print"), and every script it runs — the files its
 * <script src> tags name and every module those import in turn (a shared chunk such as the
 * dictionary counts on every page that pulls it in). Sizes are gzip at nginx's level
 * (deploy/nginx.conf: gzip_comp_level 6), as readers receive them.
 * Used by `npm run bench` and the budget tests (tests/build/budgets.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** nginx's gzip_comp_level in deploy/nginx.conf. */
const NGINX_GZIP_LEVEL = 6;

const gzipSize = (bytes: Buffer | string): number =>
  gzipSync(bytes, { level: NGINX_GZIP_LEVEL }).length;

export interface PageWeight {
  /** The page's address: /guides/shuadan-fanli/. */
  path: string;
  html: number;
  css: number;
  js: number;
  /** The stylesheets and scripts counted, as site paths. */
  stylesheets: string[];
  scripts: string[];
}

/** A site path's file in `dist`: /guides/x/ → guides/x/index.html. */
function distFile(dist: string, path: string): string {
  const rel = path.replace(/^\//, '');
  return join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

/** The stylesheets a page's first paint waits for. */
function blockingStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .filter((m) => !/\bmedia="print"/.test(m[0]))
    .map((m) => /\bhref="([^"]+)"/.exec(m[0])![1]!);
}

/** Static imports of a built module (`from"./x.js"`, `import"./x.js"`), as site paths. */
function moduleImports(code: string, from: string): string[] {
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map(({ 1: spec }) =>
    spec!.startsWith('/') ? spec! : new URL(spec!, `http://x${dir}`).pathname,
  );
}

/** Every script a page runs on load: its <script src> files and all they import, once each. */
function pageScripts(dist: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const next of moduleImports(readFileSync(distFile(dist, path), 'utf8'), path)) visit(next);
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) visit(m[1]!);
  return [...seen];
}

export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(distFile(dist, path), 'utf8');
  const stylesheets = blockingStylesheets(html);
  const scripts = pageScripts(dist, html);
  const sum = (files: string[]) =>
    files.reduce((n, f) => n + gzipSize(readFileSync(distFile(dist, f))), 0);
  return {
    path,
    html: gzipSize(html),
    css: sum(stylesheets),
    js: sum(scripts),
    stylesheets,
    scripts,
  };
}
