/**
 * After the build: every page's module scripts, and the modules they import, are fetched after its
 * text and styles (src/lib/script-priority.ts says why). Runs before Pagefind and the service worker, so the
 * precache's revisions are those of the final pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowPriorityScripts, staticImports } from '../lib/script-priority';

export default function scriptPriority(): AstroIntegration {
  return {
    name: 'bingcheng:script-priority',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { withFileTypes: true, recursive: true })).filter(
          (e) => e.isFile() && e.name.endsWith('.html'),
        );
        const imports = new Map<string, string[]>();
        // Only the site's own built modules are read; anything else imports nothing we can name.
        const importsOf = (path: string) => {
          if (!imports.has(path)) {
            let js = '';
            if (path.startsWith('/_astro/') && path.endsWith('.js')) {
              try {
                js = readFileSync(join(root, path), 'utf8');
              } catch (error) {
                throw new Error(
                  `script-priority: a page loads ${path}, which the build did not write`,
                  {
                    cause: error,
                  },
                );
              }
            }
            imports.set(path, staticImports(js));
          }
          return imports.get(path)!;
        };
        let changed = 0;
        for (const entry of pages) {
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, 'utf8');
          const next = lowPriorityScripts(html, importsOf);
          if (next !== html) {
            await writeFile(file, next);
            changed++;
          }
        }
        logger.info(
          `${changed} page(s): module scripts and their imports fetched after text and styles`,
        );
      },
    },
  };
}
