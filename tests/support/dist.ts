/** Reading the built site (dist/) from the Vitest checks that run after `npm run build`. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = resolve(import.meta.dirname, '../../dist');

function requireDist(): void {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
}

/** Every HTML file in dist/ (Pagefind's own files aside), as an absolute path. */
export function builtPages(): string[] {
  requireDist();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === 'pagefind'
          ? []
          : walk(join(dir, e.name))
        : e.name.endsWith('.html')
          ? [join(dir, e.name)]
          : [],
    );
  return walk(DIST);
}

/**
 * Every page of the built sitemap as a site path (/guides/…/), plus the pages shown in place of
 * others, which have no address of their own: the 404 page and the offline page.
 */
export function sitePaths(): string[] {
  requireDist();
  const paths = readdirSync(DIST)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) =>
      [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]!).pathname,
      ),
    );
  if (paths.length === 0) throw new Error('dist/ has no sitemap: run `npm run build` first');
  return [...paths, '/404.html', '/offline/'];
}

/** The file a site path is served from. */
const fileFor = (path: string): string =>
  join(DIST, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');

const parsed = new Map<string, Document>();
/** The built page at a site path, parsed (cached: several checks read the same page). */
export function page(path: string): Document {
  let doc = parsed.get(path);
  if (!doc) {
    doc = parseHTML(readFileSync(fileFor(path), 'utf8')).document as unknown as Document;
    parsed.set(path, doc);
  }
  return doc;
}

/** Text of an element with runs of white space collapsed, as a reader sees it. */
export const text = (el: Element | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The pages search can return (those with a `data-pagefind-body`), with their title as the
 * reader sees it (the h1). Lists narrowed by a filter (/cases/for/…) are not indexed: they are
 * reached from the filters, and their titles (典型案例 · 人群：学生) are not what anyone types.
 */
export function searchablePages(): { path: string; title: string }[] {
  return sitePaths()
    .filter((path) => page(path).querySelector('[data-pagefind-body]'))
    .map((path) => ({ path, title: text(page(path).querySelector('h1')) }));
}

/** A JSON file of the built site (/search/bets.json), parsed: exactly what the page fetches. */
export function builtJsonFile<T>(path: string): T {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`dist${path} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
