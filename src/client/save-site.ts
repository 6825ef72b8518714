/**
 * 保存全站，离线也能用 (src/components/SaveSite.astro): downloads the offline pack
 * (/offline-pack.json, src/integrations/offline-pack.ts) into the caches the service worker's
 * runtime routes serve from (names in src/lib/offline-pack.ts), with a progress bar; a pause, a
 * lost signal or a full disk keep what was saved, and the next press goes on from there. Once a
 * save is complete, a later online visit to any page compares the pack's version and fetches
 * only what changed (a hashed file never changes, so it is never fetched again), then deletes
 * the old build's files.
 *
 * Written here, not with Workbox: Workbox's way for a page to have the worker cache a list of
 * addresses (the CACHE_URLS message of workbox-routing, sent with workbox-window) is not set up
 * by generateSW, answers only when the whole list is done, never when a file fails, and cannot be
 * paused — no progress, no failure report, no resume. The page's own Cache API does all of that
 * in a few lines, into the same caches the worker's routes read.
 *
 * Also here: the page a reader lands on is loaded before the worker exists, so the worker never
 * saw it; once the worker takes over, this page and the files it loaded are put in its caches
 * (Workbox's "warm the runtime cache" recipe), so the very first page opened works offline too.
 */
import { readJson } from './dom';
import {
  CACHES,
  PACK_HEADER,
  PACK_URL,
  REVISION_HEADER,
  cacheFor,
  formatBytes,
  needsDownload,
  packBytes,
  stalePaths,
  type Pack,
  type PackFile,
  type SavedPack,
} from '../lib/offline-pack';

type Words = Record<
  | 'resume'
  | 'count'
  | 'preparing'
  | 'saving'
  | 'stopped'
  | 'failed'
  | 'full'
  | 'done'
  | 'updating'
  | 'updateFailed',
  string
>;

interface View {
  start: HTMLButtonElement;
  stop: HTMLButtonElement;
  progress: HTMLProgressElement;
  count: HTMLElement;
  status: HTMLElement;
}

/** Downloads at a time: enough to fill a slow line, few enough to stop soon on a pause. */
const PARALLEL = 4;

const fill = (text: string, vars: Readonly<Record<string, string | number>>) =>
  text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));

const packRequest = (url: string, revalidate: boolean) =>
  fetch(url, { headers: { [PACK_HEADER]: '1' }, cache: revalidate ? 'no-cache' : 'default' });

async function fetchPack(): Promise<Pack> {
  const response = await packRequest(PACK_URL, true);
  if (!response.ok) throw new Error(`${PACK_URL}: HTTP ${response.status}`);
  return (await response.json()) as Pack;
}

async function savedPack(): Promise<SavedPack | undefined> {
  if (!(await caches.has(CACHES.saved))) return undefined;
  const response = await (await caches.open(CACHES.saved)).match(PACK_URL);
  return response ? ((await response.json()) as SavedPack) : undefined;
}

const RUNTIME = [CACHES.pages, CACHES.assets, CACHES.search];

/**
 * Fetches every file of the pack this device lacks or holds at another revision, PARALLEL at a
 * time, while `going()`; reports the count saved so far. True once every file is saved.
 */
async function download(
  pack: Pack,
  going: () => boolean,
  saved: (count: number) => void,
): Promise<boolean> {
  const open: Record<string, Cache> = {};
  for (const name of RUNTIME) open[name] = await caches.open(name);
  const stale = await Promise.all(
    pack.files.map(async (file) => {
      const hit = await open[cacheFor(file.url)]!.match(file.url);
      return needsDownload(file, hit ? hit.headers.get(REVISION_HEADER) : undefined);
    }),
  );
  const todo = pack.files.filter((_, i) => stale[i]);
  let count = pack.files.length - todo.length;
  saved(count);
  let failure: unknown;
  const worker = async () => {
    while (!failure && going()) {
      const file: PackFile | undefined = todo.shift();
      if (!file) return;
      try {
        const response = await packRequest(file.url, file.rev !== undefined);
        if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
        // Only the type and the revision: no encoding or length of the network's copy.
        const headers: Record<string, string> = {
          'content-type': response.headers.get('content-type') || 'application/octet-stream',
        };
        if (file.rev) headers[REVISION_HEADER] = file.rev;
        const body = await response.blob();
        await open[cacheFor(file.url)]!.put(file.url, new Response(body, { headers }));
        if (going()) saved(++count);
      } catch (error) {
        failure = failure || error;
      }
    }
  };
  const workers: Promise<void>[] = [];
  for (let i = 0; i < PARALLEL; i++) workers.push(worker());
  await Promise.all(workers);
  if (failure) throw failure;
  return count === pack.files.length;
}

/** After a complete save: record it, and delete what the pack no longer lists (an old build's). */
async function finish(pack: Pack): Promise<void> {
  for (const name of RUNTIME) {
    const cache = await caches.open(name);
    const keys = (await cache.keys()).map((r) => new URL(r.url).pathname);
    for (const path of stalePaths(keys, pack)) await cache.delete(path);
  }
  const record: SavedPack = { version: pack.version, bytes: packBytes(pack) };
  await (await caches.open(CACHES.saved)).put(PACK_URL, new Response(JSON.stringify(record)));
  // Ask the browser not to clear the copy when space runs short (Chrome decides without asking).
  const storage = navigator.storage as StorageManager | undefined;
  if (storage && storage.persist) storage.persist().catch(() => undefined);
}

/** Puts this page and the files it loaded in the worker's caches, once it has taken over. */
function keepLandingPage(): void {
  if (navigator.serviceWorker.controller) return;
  const keep = () => {
    navigator.serviceWorker.removeEventListener('controllerchange', keep);
    caches
      .open(CACHES.pages)
      .then((cache) => cache.add(location.pathname))
      .catch(() => undefined);
    // Through the worker, whose routes keep them (hashed ones cache first).
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name);
      if (url.origin === location.origin && /^\/_astro\/|\.(?:css|js|svg|png)$/.test(url.pathname))
        fetch(url.href).catch(() => undefined);
    }
  };
  navigator.serviceWorker.addEventListener('controllerchange', keep);
}

export function startSaveSite(roots: NodeListOf<HTMLElement>): void {
  const words = readJson<Words | null>('save-site-words', null);
  // Where a page has its own (/toolkit/, /help/), the footer's stays hidden.
  const own = Array.from(roots).filter((root) => root.dataset['saveSite'] === 'page');
  const shown = own.length ? own : Array.from(roots);
  if (!words || !shown.length) return;
  if (!('serviceWorker' in navigator) || typeof caches === 'undefined') {
    for (const root of own) {
      root.querySelector<HTMLElement>('[data-save-unsupported]')!.hidden = false;
      root.querySelector<HTMLElement>('[data-save-start]')!.hidden = true;
      root.hidden = false;
    }
    return;
  }
  keepLandingPage();

  const views: View[] = shown.map((root) => {
    root.hidden = false;
    return {
      start: root.querySelector<HTMLButtonElement>('[data-save-start]')!,
      stop: root.querySelector<HTMLButtonElement>('[data-save-stop]')!,
      progress: root.querySelector<HTMLProgressElement>('[data-save-progress]')!,
      count: root.querySelector<HTMLElement>('[data-save-count]')!,
      status: root.querySelector<HTMLElement>('[data-save-status]')!,
    };
  });
  const each = (fn: (v: View) => void) => views.forEach(fn);
  /** Buttons: idle (start, with this label), busy (pause, or none for an update), done (none). */
  const buttons = (state: 'idle' | 'saving' | 'updating' | 'done', label?: string) =>
    each((v) => {
      v.start.hidden = state !== 'idle';
      if (label) v.start.textContent = label;
      v.stop.hidden = state !== 'saving';
    });
  const say = (text: string) => each((v) => (v.status.textContent = text));
  const note = (text: string) => each((v) => (v.count.textContent = text));
  const progress = (count: number, total: number) =>
    each((v) => {
      v.progress.hidden = false;
      v.progress.max = Math.max(total, 1);
      v.progress.value = count;
    });

  // Each run has a number; a pause or a newer run ends the older one.
  let run = 0;
  const go = async (update: Pack | undefined) => {
    const id = ++run;
    const going = () => id === run;
    buttons(update ? 'updating' : 'saving');
    if (update) note(words.updating);
    else say(words.preparing);
    let total = 0;
    let count = 0;
    try {
      const pack = update || (await fetchPack());
      total = pack.files.length;
      if (!update) say(fill(words.saving, { size: formatBytes(packBytes(pack)) }));
      const complete = await download(pack, going, (n) => {
        count = n;
        progress(n, total);
        if (!update) note(fill(words.count, { n, total }));
      });
      if (!complete || !going()) return;
      // The core comes with the worker: wait for it before saying the site is saved.
      await navigator.serviceWorker.ready;
      await finish(pack);
      buttons('done');
      const done = fill(words.done, { size: formatBytes(packBytes(pack)) });
      if (update) note(done);
      else say(done);
    } catch (error) {
      if (!going()) return;
      run++;
      if (update) {
        buttons('done');
        note(words.updateFailed);
        return;
      }
      buttons('idle', words.resume);
      note(fill(words.count, { n: count, total }));
      say(
        error instanceof DOMException && error.name === 'QuotaExceededError'
          ? words.full
          : words.failed,
      );
    }
  };

  each((v) => {
    v.start.addEventListener('click', () => void go(undefined));
    v.stop.addEventListener('click', () => {
      run++;
      buttons('idle', words.resume);
      say(words.stopped);
    });
  });

  // Saved before: say so, and bring the copy up to date if a new build is out.
  savedPack()
    .then(async (saved) => {
      if (!saved) return;
      buttons('done');
      note(fill(words.done, { size: formatBytes(saved.bytes) }));
      if (navigator.onLine === false) return;
      const pack = await fetchPack();
      if (pack.version !== saved.version && run === 0) await go(pack);
    })
    .catch(() => undefined);
}
