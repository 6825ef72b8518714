/**
 * Builds the Pagefind search index after `astro build`, through Pagefind's Node API
 * (as Starlight does). The npm package runs the extended binary, which segments Chinese;
 * it picks the Chinese segmenter from <html lang="zh-CN">. Only <main data-pagefind-body>
 * is indexed, so headers, footers and lists never match a search.
 *
 * Two bundles. /pagefind/ holds the site without its case studies: the guides, the main and
 * audience pages — what answers a reader. /pagefind/cases/ holds the case studies; the search page
 * merges it in when the reader asks for cases, or when the first answers nothing. A first search
 * therefore costs the same with 30 cases or 10,000 (Pagefind's metadata grows with every page).
 *
 * Three things keep a reader's first search small (PRODUCT.md: ≤ 150 KB, ≤ 100 KB for one word):
 * - The bundle split above.
 * - Index chunks of about 4 KB instead of Pagefind's default of about 32 KB: a search fetches
 *   the chunk holding each of its words, so smaller chunks cost less per word. Pagefind reads the
 *   size from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; "unstable" means it may change between releases,
 *   which is why package.json pins Pagefind's exact version and tests/build/search-index.test.ts
 *   checks the chunks' size.
 * - Each best bet in /search/bets.json gets its page's Pagefind id, so the search page knows which
 *   results it already shows as best bets without fetching their data.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { isCaseStudyPath } from '../lib/case-facets';

/** The main bundle's index chunk size (Pagefind's own unit: about 4 KB compressed at this setting). */
const INDEX_CHUNK_SIZE = '2000';

/** Where the case studies' bundle goes, under the main one. */
const CASES_BUNDLE = 'cases';

/** A case study's page (not the library's list or filter pages): cases/<slug>/index.html. */
const isCasePage = (file: string) => isCaseStudyPath(`/${file.replace(/index\.html$/, '')}`);

/** Every HTML file of the built site (Pagefind's own folder aside), relative to it. */
function htmlFiles(site: string, dir = ''): string[] {
  return readdirSync(join(site, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return rel === 'pagefind' ? [] : htmlFiles(site, rel);
    return entry.name.endsWith('.html') ? [rel] : [];
  });
}

/** Indexes `files` into one bundle at `outputPath`; the chunk size, if given, for this bundle. */
async function writeBundle(
  site: string,
  files: readonly string[],
  outputPath: string,
  chunkSize?: string,
): Promise<void> {
  if (chunkSize) process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = chunkSize;
  else delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const file of files) {
      const added = await index.addHTMLFile({
        url: `/${file.replace(/index\.html$/, '')}`,
        content: readFileSync(join(site, file), 'utf8'),
      });
      if (added.errors.length)
        throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
  } finally {
    // On every path, or its process keeps the build from exiting; the next bundle starts a new
    // one, which reads the chunk size afresh.
    await pagefind.close();
  }
}

/** Page address → Pagefind page id, read from the fragments Pagefind wrote. */
function pageIds(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(bundle, 'fragment');
  if (!existsSync(dir)) return ids;
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
        const files = htmlFiles(site);
        const cases = files.filter(isCasePage);
        const main = files.filter((f) => !isCasePage(f));
        const bundle = join(site, 'pagefind');
        await writeBundle(site, main, bundle, INDEX_CHUNK_SIZE);
        await writeBundle(site, cases, join(bundle, CASES_BUNDLE));
        // The search page merges the case bundle into the main one (Pagefind's mergeIndex), which
        // brings the script and WebAssembly: the copies Pagefind writes beside it are never used.
        for (const name of readdirSync(join(bundle, CASES_BUNDLE)))
          if (/\.(js|css)$|^wasm\./.test(name)) rmSync(join(bundle, CASES_BUNDLE, name));
        const ids = pageIds(bundle);
        const caseIds = pageIds(join(bundle, CASES_BUNDLE));
        if (ids.size === 0)
          throw new Error('Pagefind indexed no pages (is data-pagefind-body missing?)');
        logger.info(
          `Pagefind indexed ${ids.size} pages, and ${caseIds.size} case studies in /pagefind/${CASES_BUNDLE}/`,
        );
        for (const [file, found] of [
          ['search/bets.json', ids],
          ['search/case-bets.json', caseIds],
        ] as const) {
          const path = join(site, file);
          // A build of part of the site (the song player's test fixture) has no search page.
          if (!existsSync(path)) continue;
          const bets = JSON.parse(readFileSync(path, 'utf8')) as { url: string; id?: string }[];
          for (const bet of bets) {
            const id = found.get(bet.url);
            if (id) bet.id = id;
          }
          writeFileSync(path, JSON.stringify(bets));
        }
      },
    },
  };
}
