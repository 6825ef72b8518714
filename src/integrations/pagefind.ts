/**
 * Builds the Pagefind search index after `astro build`, through Pagefind's Node API
 * (as Starlight does). The npm package runs the extended binary, which segments Chinese;
 * it picks the Chinese segmenter from <html lang="zh-CN">. Only <main data-pagefind-body>
 * is indexed, so headers, footers and lists never match a search.
 *
 * Two things keep a reader's first search small (PRODUCT.md: ≤ 150 KB, ≤ 100 KB for one word):
 * - Index chunks of about 7 KB instead of Pagefind's default of about 32 KB: a search fetches
 *   the chunk holding each of its words, so smaller chunks cost less per word. Pagefind reads the
 *   size from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; "unstable" means it may change between releases,
 *   which is why package.json pins Pagefind's exact version and tests/build/search-index.test.ts
 *   checks the chunks' size.
 * - Each best bet in /search/bets.json gets its page's Pagefind id, so the search page knows which
 *   results it already shows as best bets without fetching their data.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** Pagefind's index chunk size (its own unit: about 7 KB compressed at this setting). */
const INDEX_CHUNK_SIZE = '2000';

/** Page address → Pagefind page id, read from the fragments Pagefind wrote. */
function pageIds(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(bundle, 'fragment');
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    // A fragment is gzip of "pagefind_dcd" followed by the page's JSON.
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(url, name.slice(0, -'.pf_fragment'.length));
  }
  return ids;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bingcheng:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = INDEX_CHUNK_SIZE;
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length)
            throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error('Pagefind indexed no pages (is data-pagefind-body missing?)');
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          // On every path, or its process keeps the build from exiting.
          await pagefind.close();
        }
        const ids = pageIds(join(site, 'pagefind'));
        const betsFile = join(site, 'search/bets.json');
        const bets = JSON.parse(readFileSync(betsFile, 'utf8')) as { url: string; id?: string }[];
        for (const bet of bets) {
          const id = ids.get(bet.url);
          if (id) bet.id = id;
        }
        writeFileSync(betsFile, JSON.stringify(bets));
      },
    },
  };
}
