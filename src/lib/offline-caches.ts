/**
 * The offline copy's cache names, which the service worker's routes (astro.config.mjs) and the
 * 保存全站 button share. Apart from src/lib/offline-pack.ts so that the script every page runs
 * (src/client/save-site.ts) carries only these names.
 */
export const CACHES = {
  /** Pages (HTML), network first. */
  pages: 'site-pages',
  /** Scripts, stylesheets, pictures; hashed /_astro/ files cache first. */
  assets: 'site-assets',
  /** Pagefind's index and code. */
  search: 'site-search',
  /** The record of a finished save (SavedPack), at PACK_URL. */
  saved: 'site-saved',
} as const;
