/**
 * The offline copy, at build time (the reader's side is src/client/save-site.ts; the shared
 * names and rules are src/lib/offline-pack.ts).
 *
 * After Pagefind has written its index (astro.config.mjs runs this integration after it and
 * before the service worker's), `astro:build:done`
 * 1. chooses the core the worker precaches on every first visit: the CORE_PAGES and every file
 *    they load (stylesheets, scripts and the modules those import, the data their scripts fetch,
 *    icons, the web app manifest and its icons) — a few hundred KB instead of the whole site;
 * 2. writes dist/offline-pack.json: every other file a reader needs offline — every page, the
 *    scripts and pictures they load and the whole Pagefind index — with its size, a content
 *    hash where the name does not already change with the content, and a version. The
 *    保存全站 button downloads it. Of a case library larger than PACK_CASES it holds only a part
 *    of a fixed size (src/lib/offline-pack.ts, caseLibraryInPack), so the pack stays a few MB.
 * `precacheCore` then narrows Workbox's precache manifest to the core (a manifest transform).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PACK_URL,
  caseLibraryInPack,
  formatBytes,
  isContentAddressed,
  packHoldsAllCases,
  type Pack,
} from '../lib/offline-pack';
import { isCaseStudyPath } from '../lib/case-facets';
import { casesPageUrl, PAGES } from '../data/urls';

/** Pages every visitor gets offline: the urgent advice, the guides, search and the offline page. */
const CORE_PAGES = [PAGES.home, PAGES.help, PAGES.guides, PAGES.search, PAGES.offline];

/**
 * What the offline site is made of: pages, styles, scripts, the data scripts fetch, pictures and
 * the manifest, and Pagefind's index (dist-relative paths)…
 */
const OFFLINE = [/\.(?:html|css|js|json|svg|png|webmanifest)$/, /^pagefind\//];
/**
 * …but not: the 404 page; Pagefind's ready-made search UI, which the site does not use; the
 * song's recording (large, for those who open the song page); the share images (posters, link
 * previews, wallpapers: several MB of downloads for other apps, kept by the worker only when a
 * reader opens one); the worker itself, and this list.
 */
const LEFT_OUT = [
  /^404\.html$/,
  /^pagefind\/.*-ui\./,
  /^pagefind\/pagefind-highlight\.js$/,
  /^song\/.*\.(?:mp3|m4a|ogg|opus|wav)$/,
  /^(?:posters|og|wallpapers)\//,
  /^sw\.js$/,
  /^workbox-[^/]+\.js$/,
  /^offline-pack\.json$/,
];

/**
 * Data a core page names but fetches only on a reader's request, left to the pack: the case
 * studies' best bets grow with the library (about 0.3 KB a case: 2.6 MB at 10,000 cases), and the
 * search page fetches them only when the reader asks for cases.
 */
const CASE_BETS = '/search/case-bets.json';
const NOT_CORE = [CASE_BETS.slice(1)];

const inOffline = (path: string) =>
  OFFLINE.some((re) => re.test(path)) && !LEFT_OUT.some((re) => re.test(path));

/** dist-relative file → the address it is served at (a/index.html → /a/, index.html → /). */
const urlOf = (path: string) =>
  path === 'index.html' || path.endsWith('/index.html')
    ? `/${path.slice(0, -'index.html'.length)}`
    : `/${path}`;
/** Site path → dist-relative file. */
const fileOf = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));

const md5 = (bytes: Buffer | string) => createHash('md5').update(bytes).digest('hex');

/** Same-origin files a page or module loads, as dist-relative paths that exist in `files`. */
function loads(path: string, text: string, files: Set<string>): string[] {
  const refs = path.endsWith('.html')
    ? [
        ...text.matchAll(/<(?:link|script|img)\b[^>]*?\s(?:href|src)="([^"]+)"/g),
        // Data a page's script fetches, named in a data attribute (data-bets="/search/bets.json").
        ...text.matchAll(/\sdata-[\w-]+="(\/[^"]+\.json)"/g),
      ].map((m) => m[1]!)
    : path.endsWith('.js')
      ? [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!)
      : path.endsWith('.css')
        ? [...text.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]!)
        : path.endsWith('.webmanifest')
          ? ((JSON.parse(text) as { icons?: { src: string }[] }).icons?.map((i) => i.src) ?? [])
          : [];
  return refs
    .map((ref) => (ref.startsWith('/') ? ref : posix.join('/', posix.dirname(path), ref)))
    .filter((url) => !url.startsWith('//'))
    .map((url) => fileOf(url.replace(/[?#].*$/, '')))
    .filter((file) => files.has(file) && !file.endsWith('.html'));
}

/**
 * The core: the core pages and everything they load, transitively (dist-relative paths). A build
 * of part of the site (the song player's test fixture) has only the core pages it built;
 * tests/build/offline.test.ts checks that the real site's core holds them all.
 */
function coreOf(dist: string, files: Set<string>): Set<string> {
  const core = new Set<string>();
  const queue = CORE_PAGES.map(fileOf).filter((path) => files.has(path));
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (core.has(path) || NOT_CORE.includes(path)) continue;
    core.add(path);
    queue.push(...loads(path, readFileSync(join(dist, path), 'utf8'), files));
  }
  return core;
}

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(join(dir, e.name), root)
      : [relative(root, join(dir, e.name)).split('\\').join('/')],
  );
}

/** The case studies a page links to, in order (site paths). */
const caseLinks = (html: string) =>
  [...html.matchAll(/\shref="(\/cases\/[^"#?]+\/)"/g)].map((m) => m[1]!).filter(isCaseStudyPath);

/**
 * Which files of the case library go into the pack (src/lib/offline-pack.ts, caseLibraryInPack):
 * all while it is small; past PACK_CASES case studies, a part of a fixed size, without the case
 * studies' search index and best bets. `files` are the offline files (dist-relative).
 */
function caseLibraryFilter(dist: string, files: Set<string>) {
  const pages = [...files].filter((path) => path.endsWith('.html')).map(urlOf);
  const inLibrary = (url: string) => url.startsWith(PAGES.cases) && url.endsWith('/');
  const read = (url: string) => readFileSync(join(dist, fileOf(url)), 'utf8');
  const lists = pages
    .filter((url) => inLibrary(url) && !isCaseStudyPath(url))
    .map((url) => ({ url, cases: caseLinks(read(url)) }));
  const byUrl = new Map(lists.map((l) => [l.url, l.cases]));
  const newest: string[] = [];
  for (let k = 1, list = byUrl.get(casesPageUrl(k)); list; list = byUrl.get(casesPageUrl(++k)))
    newest.push(...list);
  const linked = pages.filter((url) => !inLibrary(url)).flatMap((url) => caseLinks(read(url)));
  const whole = packHoldsAllCases(newest.length);
  const kept = caseLibraryInPack({ newest, lists, linked });
  return {
    studies: { kept: [...kept].filter(isCaseStudyPath).length, all: newest.length },
    inPack: (url: string) =>
      inLibrary(url)
        ? kept.has(url)
        : whole || !(url.startsWith('/pagefind/cases/') || url === CASE_BETS),
  };
}

/** The pack for dist/: every offline file outside the core, in download order. */
function packOf(dist: string, core: Set<string>, inPack: (url: string) => boolean): Pack {
  const rank = (url: string) => (isContentAddressed(url) ? 0 : url.endsWith('/') ? 2 : 1);
  const files = walk(dist)
    .filter((path) => inOffline(path) && !core.has(path) && inPack(urlOf(path)))
    .map((path) => {
      const bytes = readFileSync(join(dist, path));
      const url = urlOf(path);
      return isContentAddressed(url)
        ? { url, size: bytes.length }
        : { url, size: bytes.length, rev: md5(bytes).slice(0, 12) };
    })
    .sort((a, b) => rank(a.url) - rank(b.url) || a.url.localeCompare(b.url));
  let coreBytes = 0;
  for (const path of core) coreBytes += readFileSync(join(dist, path)).length;
  return {
    version: md5(JSON.stringify(files)).slice(0, 12),
    core: { files: core.size, bytes: coreBytes },
    files,
  };
}

/** One precache entry as Workbox's manifest transforms see it. */
interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

export default function offlinePack(): AstroIntegration & {
  /** Workbox manifest transform: keep the core only, pages under their address (help/). */
  precacheCore: (entries: ManifestEntry[]) => Promise<{ manifest: ManifestEntry[]; warnings: [] }>;
} {
  let core: Set<string> | undefined;
  return {
    name: 'bingcheng:offline-pack',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = new Set(walk(dist).filter(inOffline));
        core = coreOf(dist, files);
        const library = caseLibraryFilter(dist, files);
        const pack = packOf(dist, core, library.inPack);
        const out = join(dist, fileOf(PACK_URL));
        writeFileSync(out, JSON.stringify(pack));
        const bytes = pack.files.reduce((n, f) => n + f.size, 0);
        const { kept, all } = library.studies;
        logger.info(
          `first visit precaches ${core.size} files (${formatBytes(pack.core.bytes)}); ` +
            `${relative(dirname(dist), out)} lists ${pack.files.length} more (${formatBytes(bytes)}), ` +
            (kept === all ? `all ${all} case studies` : `${kept} of the ${all} case studies`),
        );
      },
    },
    precacheCore: async (entries) => {
      if (!core) throw new Error('offline-pack must run before the service worker is generated');
      const listed = new Set(entries.map((e) => e.url));
      // vite-plugin-pwa adds the web app manifest itself, after this transform.
      const missing = [...core].filter(
        (path) => !listed.has(path) && !path.endsWith('.webmanifest'),
      );
      if (missing.length) throw new Error(`offline core not matched by globPatterns: ${missing}`);
      const manifest = entries
        .filter((e) => core!.has(e.url))
        .map((e) => ({ ...e, url: e.url === 'index.html' ? '/' : urlOf(e.url).slice(1) }));
      return { manifest, warnings: [] };
    },
  };
}
