/**
 * After the build: every page's module scripts are fetched after its text and styles
 * (src/lib/script-priority.ts says why). Runs before Pagefind and the service worker, so the
 * precache's revisions are those of the final pages.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowPriorityScripts } from '../lib/script-priority';

export default function scriptPriority(): AstroIntegration {
  return {
    name: 'bingcheng:script-priority',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { withFileTypes: true, recursive: true })).filter(
          (e) => e.isFile() && e.name.endsWith('.html'),
        );
        let changed = 0;
        for (const entry of pages) {
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, 'utf8');
          const next = lowPriorityScripts(html);
          if (next !== html) {
            await writeFile(file, next);
            changed++;
          }
        }
        logger.info(`${changed} page(s): module scripts fetched after text and styles`);
      },
    },
  };
}
