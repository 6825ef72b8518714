/** The slide decks in dist/present/ (kept out of the sitemap: each repeats a page). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './dist';

export interface BuiltDeck {
  /** Its address, /present/…/ */
  url: string;
}

export function decks(): BuiltDeck[] {
  const root = join(DIST, 'present');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name === 'index.html' ? [dir] : [],
    );
  return walk(root)
    .map((dir) => ({ url: `/${relative(DIST, dir)}/` }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
