/**
 * 保存全站，离线也能用 (src/components/SaveSite.astro), the part every page runs: it shows the
 * button where it can work, and loads the rest (save-site-run.ts) on a first press, or at once if
 * the site has been saved here before (to show so, and to bring the copy up to date).
 *
 * The button downloads the offline pack (/offline-pack.json, src/integrations/offline-pack.ts)
 * into the caches the service worker's runtime routes serve from (names in
 * src/lib/offline-pack.ts), with a progress bar; a pause, a lost signal or a full disk keep what
 * was saved, and the next press goes on from there. Once a save is complete, a later online visit
 * to any page compares the pack's version and fetches only what changed (a hashed file never
 * changes, so it is never fetched again), then deletes the old build's files.
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
import { CACHES } from '../lib/offline-caches';

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
      if (url.origin === location.origin && /\.(?:css|js|json|svg|png)$/.test(url.pathname))
        fetch(url.href).catch(() => undefined);
    }
  };
  navigator.serviceWorker.addEventListener('controllerchange', keep);
}

export function startSaveSite(roots: NodeListOf<HTMLElement>): void {
  const all = Array.from(roots);
  // The footer's copy carries the words; where a page has its own (/toolkit/, /help/), the
  // footer's stays hidden.
  const footer = all.filter((root) => root.dataset['saveSite'] === 'footer')[0];
  const own = all.filter((root) => root.dataset['saveSite'] === 'page');
  if (!footer) return;
  if (!('serviceWorker' in navigator) || typeof caches === 'undefined') {
    for (const root of own) {
      root.querySelector<HTMLElement>('[data-save-unsupported]')!.hidden = false;
      root.querySelector<HTMLElement>('[data-save-start]')!.hidden = true;
      root.hidden = false;
    }
    return;
  }
  keepLandingPage();
  const shown = own.length ? own : [footer];
  for (const root of shown) root.hidden = false;
  let loaded: ReturnType<typeof load> | undefined;
  const load = () => import('./save-site-run').then((run) => run.control(footer, shown));
  const ready = () => (loaded = loaded || load());
  for (const root of shown)
    root
      .querySelector('[data-save-start]')!
      .addEventListener('click', () => void ready().then((c) => c.save()));
  caches
    .has(CACHES.saved)
    .then((saved) => (saved ? ready().then((c) => c.check()) : undefined))
    .catch(() => undefined);
}
