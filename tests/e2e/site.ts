/** Shared helpers for the end-to-end tests: the built site's page list and axe settings. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../../dist');

/** Every page in the built sitemap, as a path (/guides/…/), plus the 404 page. */
export function allPages(): string[] {
  const maps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = maps.flatMap((file) =>
    [...readFileSync(resolve(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    ),
  );
  if (paths.length === 0) throw new Error('dist/ has no sitemap: run `npm run build` first');
  return [...paths, '/404.html'];
}

/** Paths of the built pages under a section, e.g. pagesUnder('/guides/') → the guide pages. */
export function pagesUnder(prefix: string): string[] {
  return allPages().filter((p) => p.startsWith(prefix) && p !== prefix);
}

/** The WCAG 2.0–2.2 A and AA rules axe checks on every page. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
