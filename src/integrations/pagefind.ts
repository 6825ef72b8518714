/**
 * Builds the Pagefind search index after `astro build`, through Pagefind's Node API
 * (as Starlight does). The npm package runs the extended binary, which segments Chinese;
 * it picks the Chinese segmenter from <html lang="zh-CN">. Only <main data-pagefind-body>
 * is indexed, so headers, footers and lists never match a search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bingcheng:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages (is data-pagefind-body missing?)');
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          // On every path, or its process keeps the build from exiting.
          await pagefind.close();
        }
      },
    },
  };
}
