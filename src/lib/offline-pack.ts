/**
 * The offline copy of the site, as the build, the service worker and the 保存全站 button share
 * it. By default the worker precaches a small core (src/integrations/offline-pack.ts chooses it)
 * and keeps each page a reader opens; the button downloads the rest, listed in the offline pack
 * (/offline-pack.json), into the same caches the worker's runtime routes read (astro.config.mjs).
 */
import { CACHES } from './offline-caches';

/** Where the build writes the pack's list. */
export const PACK_URL = '/offline-pack.json';

/**
 * Request header on the button's own downloads: the worker's routes leave such a request alone,
 * so it always comes from the network (never an older saved copy, never the offline page).
 */
export const PACK_HEADER = 'x-offline-pack';

/** Response header the button adds to what it saves: the file's revision, to skip it next time. */
export const REVISION_HEADER = 'x-pack-revision';

/** One file of the pack. */
export interface PackFile {
  /** Site path: /guides/liangka/, /_astro/x.css, /pagefind/… */
  url: string;
  /** Bytes as served (before compression). */
  size: number;
  /** Hash of the content; absent when the name itself changes with the content. */
  rev?: string;
}

/** dist/offline-pack.json. */
export interface Pack {
  /** Changes whenever any file of the pack does. */
  version: string;
  /** What the worker precaches on a first visit: always there, so not in `files`. */
  core: { files: number; bytes: number };
  /** Content-addressed files first, then the other files, then the pages. */
  files: PackFile[];
}

/** What the button records once a save is complete. */
export interface SavedPack {
  version: string;
  /** Bytes of the whole offline site: the core and every file of the pack. */
  bytes: number;
}

/**
 * Files whose name changes when their content does: Vite's /_astro/ output and Pagefind's index,
 * fragment and filter chunks and its metadata file (in /pagefind/ and in a bundle beside it,
 * /pagefind/cases/). A saved copy of one is never out of date.
 */
export function isContentAddressed(url: string): boolean {
  return (
    url.startsWith('/_astro/') ||
    /^\/pagefind\/(?:[\w-]+\/)?(?:(?:index|fragment|filter)\/[^/]+|pagefind\.[^/]+\.pf_meta)$/.test(
      url,
    )
  );
}

/** The cache a file of the site lives in. */
export function cacheFor(url: string): string {
  if (url.startsWith('/pagefind/')) return CACHES.search;
  if (url.endsWith('/') || url.endsWith('.html')) return CACHES.pages;
  return CACHES.assets;
}

/**
 * Whether the button has to download a file: not saved yet (`saved` undefined), or saved at
 * another revision (`saved` is the revision it was stored with, null when unknown — a page the
 * reader opened is kept by the worker without one).
 */
export function needsDownload(file: PackFile, saved: string | null | undefined): boolean {
  if (saved === undefined) return true;
  if (file.rev === undefined) return false;
  return saved !== file.rev;
}

/** Bytes of the whole offline site: the core and every file of the pack. */
export function packBytes(pack: Pack): number {
  return pack.files.reduce((sum, f) => sum + f.size, pack.core.bytes);
}

/** Saved paths that a new pack no longer lists (an old build's files): to delete after an update. */
export function stalePaths(saved: readonly string[], pack: Pack): string[] {
  const listed = new Set(pack.files.map((f) => f.url));
  return saved.filter((path) => !listed.has(path));
}

/** A size for readers: 850 KB, 2.1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The most case studies the pack holds. Up to this many, the pack holds the whole case library
 * (every case, every list page, the case studies' search index and best bets). A larger library
 * would outgrow a phone — at 10,000 cases the whole site is about 366 MB: 200 MB of case pages,
 * 85 MB of list pages, 76 MB of their search index — so the pack then holds a part that stays the
 * same size however many cases are written (caseLibraryInPack); the others are kept as opened.
 */
export const PACK_CASES = 100;

/** Does the pack hold the whole case library (and its search index) at this many cases? */
export const packHoldsAllCases = (cases: number): boolean => cases <= PACK_CASES;

/** The case library as built: what the pack chooses from. */
export interface CaseLibraryPages {
  /** Every case study's address, newest first (as /cases/, /cases/2/… list them). */
  newest: readonly string[];
  /** Every list page (/cases/, /cases/2/, /cases/type/x/…) with the case studies it lists. */
  lists: readonly { url: string; cases: readonly string[] }[];
  /** Case studies the rest of the site links to (a guide's 相关案例, an audience page's cases). */
  linked: Iterable<string>;
}

/**
 * The pages of the case library the pack holds: all of them while packHoldsAllCases; otherwise
 * the newest PACK_CASES case studies, the ones the rest of the site links to (so every case link
 * on a saved guide or audience page works offline), and the list pages whose every case is saved.
 */
export function caseLibraryInPack({ newest, lists, linked }: CaseLibraryPages): Set<string> {
  if (packHoldsAllCases(newest.length)) return new Set([...newest, ...lists.map((l) => l.url)]);
  const studies = new Set(newest);
  const saved = new Set([
    ...newest.slice(0, PACK_CASES),
    ...[...linked].filter((url) => studies.has(url)),
  ]);
  const full = lists.filter((l) => l.cases.every((url) => saved.has(url))).map((l) => l.url);
  return new Set([...saved, ...full]);
}
