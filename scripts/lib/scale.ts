/**
 * The bench's scale run: how build time, the Pagefind index and a reader's first search grow with
 * the number of pages. In a temporary copy of the project (scripts/lib/project-copy.ts) it adds
 * synthetic case pages (scripts/lib/synthetic-cases.ts: clearly fake, never in content/), builds,
 * measures dist/pagefind/, serves that dist/ behind the shipped nginx config and runs the
 * first-search queries. The synthetic pages get no link-preview image (BENCH_SYNTHETIC_CASES,
 * src/data/share-images.ts): thousands of satori renders would take hours on two cores.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { parse } from 'yaml';
import { FIRST_SEARCH_QUERIES, firstSearch, type FirstSearchCost } from './first-search.ts';
import { buildProject, copyProject, ROOT } from './project-copy.ts';
import type { Pack } from '../../src/lib/offline-pack.ts';
import { serveNginx } from './serve.ts';
import {
  SYNTHETIC_PREFIX,
  seededRandom,
  sentencesOf,
  syntheticCase,
  type SyntheticPool,
} from './synthetic-cases.ts';

interface PagefindSize {
  files: number;
  bytes: number;
}

type PagefindKind = 'index' | 'fragment' | 'filter' | 'meta' | 'total';
/** Pagefind's two bundles (src/integrations/pagefind.ts): the site, and its case studies. */
type PagefindBundle = 'main' | 'cases';

export interface ScaleFigures {
  /** Synthetic case pages added to the real content. */
  synthetic: number;
  /** HTML pages in dist/ (real and synthetic). */
  pages: number;
  /** Pages Pagefind indexed, per bundle. */
  indexed: Record<PagefindBundle, number>;
  /** Wall time of `astro build` (pages, Pagefind, service worker), seconds. */
  buildSeconds: number;
  /** Build wall time per HTML page, milliseconds. */
  msPerPage: number;
  /**
   * dist/pagefind/ per bundle (the main one, /pagefind/cases/) by kind of file, as served
   * (Pagefind's chunks are compressed already).
   */
  pagefind: Record<PagefindBundle, Record<PagefindKind, PagefindSize>>;
  /** The search page's best bets, gzip: /search/bets.json and /search/case-bets.json. */
  betsGzip: number;
  caseBetsGzip: number;
  /** The largest HTML page, gzip, and its path. */
  largestHtml: { path: string; gzip: number };
  /**
   * The offline copy (src/integrations/offline-pack.ts): the core the worker precaches on a first
   * visit, and what the 保存全站 button downloads (dist/offline-pack.json), on disk and over the
   * wire (gzip at level 6; Pagefind's chunks as they are), with how many of its files are pages.
   */
  offline: {
    core: { files: number; bytes: number };
    pack: { files: number; pages: number; bytes: number; gzip: number; listBytes: number };
  };
  firstSearch: FirstSearchCost[];
  /**
   * Set when the build failed after Pagefind had written its index (a later step, such as the
   * service worker's precache list, refused the output): the figures come from that index.
   */
  buildError?: string;
}

/** A size whose build failed before the search index was written: nothing to measure. */
export interface ScaleFailure {
  synthetic: number;
  buildSeconds: number;
  buildError: string;
}

/** What a failed build said: its error line and what follows, up to the stack trace. */
export function buildFailure(output: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => /\[ERROR\]|^error\b/i.test(l.trim()));
  const from = start >= 0 ? lines.slice(start) : lines.slice(-12);
  const end = from.findIndex((l) => /^\s*(Location:|Stack trace:|at )/.test(l));
  return from
    .slice(0, end > 0 ? end : 12)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Real sentences and the guides (with their audiences) from the project's own content/. */
export function loadSyntheticPool(root = ROOT): SyntheticPool {
  const sentences: string[] = [];
  const guides: { id: string; audiences: string[] }[] = [];
  for (const folder of ['cases', 'guides']) {
    const dir = join(root, 'content', folder);
    for (const name of readdirSync(dir).filter((n) => /^[^_].*\.mdx$/.test(n))) {
      const [, front = '', body = ''] =
        /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, name), 'utf8')) ?? [];
      sentences.push(...sentencesOf(body));
      if (folder === 'guides') {
        const data = parse(front) as { audiences: string[] };
        guides.push({ id: name.replace(/\.mdx$/, ''), audiences: data.audiences });
      }
    }
  }
  return { sentences: [...new Set(sentences)], guides };
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

function pagefindSizes(dist: string): ScaleFigures['pagefind'] {
  const empty = (): Record<PagefindKind, PagefindSize> => ({
    index: { files: 0, bytes: 0 },
    fragment: { files: 0, bytes: 0 },
    filter: { files: 0, bytes: 0 },
    meta: { files: 0, bytes: 0 },
    total: { files: 0, bytes: 0 },
  });
  const sizes = { main: empty(), cases: empty() };
  const root = join(dist, 'pagefind');
  for (const path of walk(root)) {
    const rel = path.slice(root.length);
    const bundle = rel.startsWith('/cases/') ? sizes.cases : sizes.main;
    const kind = rel.includes('/index/')
      ? 'index'
      : rel.includes('/fragment/')
        ? 'fragment'
        : rel.includes('/filter/')
          ? 'filter'
          : rel.endsWith('.pf_meta')
            ? 'meta'
            : undefined;
    for (const key of kind ? ([kind, 'total'] as const) : (['total'] as const)) {
      bundle[key].files += 1;
      bundle[key].bytes += statSync(path).size;
    }
  }
  return sizes;
}

const gzipOf = (path: string) =>
  existsSync(path) ? gzipSync(readFileSync(path), { level: 6 }).length : 0;

function offlineFigures(dist: string): ScaleFigures['offline'] {
  // PACK_URL of src/lib/offline-pack.ts (a value import would pull in its extensionless imports).
  const list = join(dist, 'offline-pack.json');
  const pack = JSON.parse(readFileSync(list, 'utf8')) as Pack;
  let bytes = 0;
  let gzip = 0;
  for (const file of pack.files) {
    bytes += file.size;
    const path = join(dist, file.url.endsWith('/') ? `${file.url}index.html` : file.url);
    gzip += file.url.startsWith('/pagefind/') ? file.size : gzipOf(path);
  }
  return {
    core: pack.core,
    pack: {
      files: pack.files.length,
      pages: pack.files.filter((f) => f.url.endsWith('/')).length,
      bytes,
      gzip,
      listBytes: gzipOf(list),
    },
  };
}

function htmlFigures(
  dist: string,
): Pick<ScaleFigures, 'pages' | 'betsGzip' | 'caseBetsGzip' | 'largestHtml'> {
  const html = walk(dist).filter((p) => p.endsWith('.html'));
  let largestHtml = { path: '', gzip: 0 };
  for (const path of html) {
    const gzip = gzipOf(path);
    if (gzip > largestHtml.gzip) largestHtml = { path: path.slice(dist.length), gzip };
  }
  return {
    pages: html.length,
    betsGzip: gzipOf(join(dist, 'search/bets.json')),
    caseBetsGzip: gzipOf(join(dist, 'search/case-bets.json')),
    largestHtml,
  };
}

/** The page counts Pagefind logs: "Pagefind indexed N pages, and M case studies in …". */
export function indexedPages(output: string): Record<PagefindBundle, number> {
  const m = /Pagefind indexed (\d+) pages(?:, and (\d+) case studies)?/.exec(output);
  return { main: Number(m?.[1] ?? 0), cases: Number(m?.[2] ?? 0) };
}

/**
 * Builds the project with `sizes` synthetic pages in turn (each build from scratch) and measures
 * each; `log` reports progress, as a build of 10,000 pages takes many minutes.
 */
export async function scaleRun(
  sizes: readonly number[],
  options: { port: number; browser: Browser; log: (line: string) => void },
): Promise<(ScaleFigures | ScaleFailure)[]> {
  const pool = loadSyntheticPool();
  const dir = copyProject();
  const cases = join(dir, 'content/cases');
  const results: (ScaleFigures | ScaleFailure)[] = [];
  try {
    for (const size of sizes) {
      for (const name of readdirSync(cases).filter((n) => n.startsWith(SYNTHETIC_PREFIX)))
        rmSync(join(cases, name));
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      rmSync(join(dir, '.astro'), { recursive: true, force: true });
      const random = seededRandom(size);
      for (let n = 1; n <= size; n++) {
        const { file, text } = syntheticCase(n, pool, random);
        writeFileSync(join(cases, file), text);
      }
      options.log(`  ${size} synthetic pages: building in ${dir} …`);
      const started = Date.now();
      const build = buildProject(dir, [], {
        BENCH_SYNTHETIC_CASES: SYNTHETIC_PREFIX,
        // 10,000 MDX modules need more than Node's default heap.
        NODE_OPTIONS: '--max-old-space-size=8192',
      });
      const buildSeconds = (Date.now() - started) / 1000;
      const dist = join(dir, 'dist');
      const buildError = build.status === 0 ? undefined : buildFailure(build.output);
      if (buildError)
        options.log(`  the build failed after ${buildSeconds.toFixed(0)} s:\n${buildError}`);
      if (buildError && !existsSync(join(dist, 'pagefind/pagefind-entry.json'))) {
        results.push({ synthetic: size, buildSeconds, buildError });
        continue;
      }
      const indexed = indexedPages(build.output);
      const html = htmlFigures(dist);
      options.log(`  built in ${buildSeconds.toFixed(0)} s; first searches …`);
      const server = await serveNginx(options.port, dist);
      const searches: FirstSearchCost[] = [];
      try {
        for (const query of FIRST_SEARCH_QUERIES)
          searches.push(
            await firstSearch(options.browser, server.base, query, {
              timeout: 180_000,
              partial: true,
            }),
          );
      } finally {
        await server.stop();
      }
      results.push({
        synthetic: size,
        ...html,
        indexed,
        buildSeconds,
        msPerPage: (buildSeconds * 1000) / html.pages,
        pagefind: pagefindSizes(dist),
        offline: offlineFigures(dist),
        firstSearch: searches,
        ...(buildError ? { buildError } : {}),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
