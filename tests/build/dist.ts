/** Reading the built site (dist/) from tests that run after `npm run build`. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Every HTML page in dist/ (Pagefind's own files aside). Throws if the site is not built. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
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
