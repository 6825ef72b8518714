/**
 * The working half of 保存全站 (src/client/save-site.ts loads it on a first press, or on a page
 * load once the site has been saved, so pages do not carry it): the button's states, progress and
 * messages; the download of the files of the offline pack this device lacks or holds at another
 * revision into the caches the worker's routes read; then the record of the save and the removal
 * of the old build's files. Why this is the page's own code and not Workbox's: save-site.ts.
 */
import { CACHES } from '../lib/offline-caches';
import {
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

interface View {
  start: HTMLButtonElement;
  stop: HTMLButtonElement;
  progress: HTMLProgressElement;
  count: HTMLElement;
  status: HTMLElement;
}

async function fetchPack(): Promise<Pack> {
  const response = await fetch(PACK_URL, { headers: { [PACK_HEADER]: '1' }, cache: 'no-cache' });
  if (!response.ok) throw new Error(`${PACK_URL}: HTTP ${response.status}`);
  return (await response.json()) as Pack;
}

async function savedPack(): Promise<SavedPack | undefined> {
  if (!(await caches.has(CACHES.saved))) return undefined;
  const response = await (await caches.open(CACHES.saved)).match(PACK_URL);
  return response ? ((await response.json()) as SavedPack) : undefined;
}

/** Downloads at a time: enough to fill a slow line, few enough to stop soon on a pause. */
const PARALLEL = 4;
const RUNTIME = [CACHES.pages, CACHES.assets, CACHES.search];

/**
 * Fetches what is missing or out of date, PARALLEL at a time, while `going()`; reports the count
 * saved so far. True once every file of the pack is saved. Throws on the first failed file (what
 * was saved stays saved).
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
        // The network's copy (a hashed file may come from the browser's HTTP cache): the header
        // keeps the worker's routes out of it.
        const response = await fetch(file.url, {
          headers: { [PACK_HEADER]: '1' },
          cache: file.rev ? 'no-cache' : 'default',
        });
        if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
        // Only the type and the revision: no encoding, length or Vary of the network's copy.
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

/** After a complete save: delete what the pack no longer lists (an old build's), record the save. */
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

/**
 * Takes over the shown copies of the button (`roots`): the footer's words (`footer`, its data
 * attributes), a first press starts a save (`save`), `check` shows a finished save and updates it.
 */
export function control(footer: HTMLElement, roots: HTMLElement[]) {
  const word = (key: string, vars: Readonly<Record<string, string | number>> = {}) =>
    (footer.dataset[key] || '').replace(/\{(\w+)\}/g, (m, name: string) =>
      name in vars ? String(vars[name]) : m,
    );
  const views: View[] = roots.map((root) => ({
    start: root.querySelector<HTMLButtonElement>('[data-save-start]')!,
    stop: root.querySelector<HTMLButtonElement>('[data-save-stop]')!,
    progress: root.querySelector<HTMLProgressElement>('[data-save-progress]')!,
    count: root.querySelector<HTMLElement>('[data-save-count]')!,
    status: root.querySelector<HTMLElement>('[data-save-status]')!,
  }));
  const each = (fn: (v: View) => void) => views.forEach(fn);
  /** Buttons: idle (start, with this label), saving (pause), updating or done (none). */
  const buttons = (state: 'idle' | 'saving' | 'updating' | 'done', label?: string) =>
    each((v) => {
      v.start.hidden = state !== 'idle';
      if (label) v.start.textContent = label;
      v.stop.hidden = state !== 'saving';
    });
  // `say` for what the reader asked for (a live region), `note` for the rest (not announced).
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
    if (update) note(word('updating'));
    else say(word('preparing'));
    let total = 0;
    let count = 0;
    try {
      const pack = update || (await fetchPack());
      const size = formatBytes(packBytes(pack));
      total = pack.files.length;
      if (!update) say(word('saving', { size }));
      const complete = await download(pack, going, (n) => {
        count = n;
        progress(n, total);
        if (!update) note(word('count', { n, total }));
      });
      if (!complete || !going()) return;
      // The core comes with the worker: wait for it before saying the site is saved.
      await navigator.serviceWorker.ready;
      await finish(pack);
      buttons('done');
      if (update) note(word('done', { size }));
      else say(word('done', { size }));
    } catch (error) {
      if (!going()) return;
      run++;
      if (update) {
        buttons('done');
        note(word('updateFailed'));
        return;
      }
      buttons('idle', word('resume'));
      note(word('count', { n: count, total }));
      const full = error instanceof DOMException && error.name === 'QuotaExceededError';
      say(word(full ? 'full' : 'failed'));
    }
  };

  each((v) =>
    v.stop.addEventListener('click', () => {
      run++;
      buttons('idle', word('resume'));
      say(word('stopped'));
    }),
  );

  return {
    save: () => void go(undefined),
    // Saved before: say so, and bring the copy up to date if a new build is out.
    check: () =>
      savedPack()
        .then(async (saved) => {
          if (!saved) return;
          buttons('done');
          note(word('done', { size: formatBytes(saved.bytes) }));
          if (navigator.onLine === false) return;
          const pack = await fetchPack();
          if (pack.version !== saved.version && run === 0) await go(pack);
        })
        .catch(() => undefined),
  };
}
