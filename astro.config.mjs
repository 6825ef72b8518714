// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import AstroPWA from '@vite-pwa/astro';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import legacyCss from './src/integrations/legacy-css.ts';
import offlinePack from './src/integrations/offline-pack.ts';
import pagefind from './src/integrations/pagefind.ts';
import scriptPriority from './src/integrations/script-priority.ts';
import { CACHES } from './src/lib/offline-caches.ts';
import { settings } from './src/settings.ts';

// The offline copy: chooses the small core the worker precaches and lists the rest of the site
// for the 保存全站 button (dist/offline-pack.json).
const offline = offlinePack();

/** Workbox plugin: one saved copy per address, whatever the query (?q=, ?print, Pagefind's ?ts=). */
const withoutQuery = {
  /** @param {{ request: Request }} param */
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

export default defineConfig({
  // The content data store and other build caches live in this project's own .astro/, not in
  // node_modules/.astro/: the copies that tests and the bench build (scripts/lib/project-copy.ts)
  // link node_modules, and a copy building beside the check or another copy would otherwise read
  // the other's content (seen: the song player's test site built with the real song).
  cacheDir: './.astro/cache/',
  // The public address (SITE_URL, src/settings.ts): canonical links, the sitemap and every printed
  // URL use it. Unset, it is what `npm start` serves; `npm run build:release` requires a real one.
  site: settings.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // Not the 404 or offline page, nor the slide decks (/present/…, the quizzes' classroom versions
    // /quiz/<audience>/class/): each repeats a page and names it canonical.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return (
          !page.endsWith('/404/') &&
          path !== '/offline/' &&
          !path.startsWith('/present/') &&
          !/^\/quiz\/[^/]+\/class\/$/.test(path)
        );
      },
    }),
    // Before Pagefind and the service worker: the pages and CSS they see and precache are final.
    scriptPriority(),
    legacyCss(),
    pagefind(),
    // After Pagefind (the pack lists its index), before the worker (which precaches the core).
    offline,
    // Last: its build:done hook writes the service worker once every page exists (Workbox,
    // through vite-plugin-pwa).
    AstroPWA({
      registerType: 'autoUpdate',
      // No /registerSW.js: the pre-paint script every page loads registers /sw.js after load
      // (src/lib/reading-prefs.ts), one request fewer on every page.
      injectRegister: false,
      manifest: {
        name: '冰城反诈',
        short_name: '冰城反诈',
        description: '哈尔滨市公安局反电信网络诈骗宣传：识别骗局，被骗了怎么办，110 和 96110。',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b3d91',
        background_color: '#ffffff',
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The precache is the small core only (home, /help/, /guides/, /search/, the offline
        // page and what they load: src/integrations/offline-pack.ts); the rest of the site is
        // kept as the reader opens it (runtimeCaching) or all at once by the 保存全站 button.
        // (The web app manifest is not globbed: vite-plugin-pwa adds it to the precache itself.)
        globPatterns: ['**/*.{html,css,js,json,svg,png}'],
        // Not worth hashing for the manifest: the search index, the share images (several MB),
        // the song; the pack's own list; the case library (never in the core, and thousands of
        // files as it grows) and its best bets. Workbox fails the build on any file it globs over
        // 2 MB (maximumFileSizeToCacheInBytes), even one the core then leaves out.
        globIgnores: [
          '404.html',
          'offline-pack.json',
          'cases/**',
          'search/case-bets.json',
          'pagefind/**',
          'song/*.{mp3,m4a,ogg,opus,wav}',
          'posters/**',
          'og/**',
          'wallpapers/**',
        ],
        manifestTransforms: [offline.precacheCore],
        // First match wins. Saved copies match whatever their Vary header (servers send Vary:
        // Origin or Accept-Encoding; a module script's request has an Origin, a fetch() none).
        // Each route leaves alone the 保存全站 button's own downloads (header
        // x-offline-pack, PACK_HEADER in src/lib/offline-pack.ts): the button stores those itself,
        // in the same caches, and must get the network's copy, never a saved one.
        runtimeCaching: [
          // A poster or wallpaper the reader has opened once is kept, so it can be shown and
          // shared again with no signal; the others are never downloaded in the background.
          {
            urlPattern: ({ url }) => /^\/(posters|wallpapers)\//.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'share-images', expiration: { maxEntries: 80 } },
          },
          // Pages: from the network, so corrections arrive; the saved copy with no signal (or
          // after 4 s of a very slow one); a page never saved gets the offline page.
          {
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin && request.mode === 'navigate' && !/\.\w+$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: CACHES.pages,
              networkTimeoutSeconds: 4,
              matchOptions: { ignoreSearch: true, ignoreVary: true },
              plugins: [withoutQuery],
              cacheableResponse: { statuses: [200] },
              precacheFallback: { fallbackURL: '/offline/' },
            },
          },
          // Vite's hashed files: a name always means one content.
          {
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              url.pathname.startsWith('/_astro/') &&
              !request.headers.has('x-offline-pack'),
            handler: 'CacheFirst',
            options: {
              cacheName: CACHES.assets,
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
            },
          },
          // Pagefind's index chunks, named by their content (the main bundle's and the case
          // studies' in /pagefind/cases/)…
          {
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              /^\/pagefind\/(?:[\w-]+\/)?(?:(?:index|fragment|filter)\/[^/]+|pagefind\.[^/]+\.pf_meta)$/.test(
                url.pathname,
              ) &&
              !request.headers.has('x-offline-pack'),
            handler: 'CacheFirst',
            options: {
              cacheName: CACHES.search,
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
            },
          },
          // …and its code and entry file (fetched with ?ts=), network first.
          {
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              url.pathname.startsWith('/pagefind/') &&
              !request.headers.has('x-offline-pack'),
            handler: 'NetworkFirst',
            options: {
              cacheName: CACHES.search,
              matchOptions: { ignoreSearch: true, ignoreVary: true },
              plugins: [withoutQuery],
              cacheableResponse: { statuses: [200] },
            },
          },
          // Other files a page loads (QR codes, pictures, the quizzes' questions): network first,
          // the saved copy offline.
          {
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              /\.(?:css|js|json|svg|png|webmanifest)$/.test(url.pathname) &&
              !request.headers.has('x-offline-pack'),
            handler: 'NetworkFirst',
            options: {
              cacheName: CACHES.assets,
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
        // Query strings never change a page here (?q= on /search/, ?print): match the precached
        // file whatever the query, so search works offline.
        ignoreURLParametersMatching: [/.*/],
        // No single-page fallback: pages not saved go to the network (runtimeCaching above).
        navigateFallback: null,
        // A new build's worker takes over at once (not after every tab is closed), so the reader's
        // next visit gets the new pages. Safe here: pages load all their code up front.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // Workbox calls Promise.allSettled, which iOS Safari 12 lacks (public/sw-polyfills.js).
        importScripts: ['/sw-polyfills.js'],
      },
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Keep every script in its own file (never inlined), so a strict CSP (script-src 'self') holds.
      assetsInlineLimit: 0,
      // JavaScript for the supported-browser floor (package.json "browserslist": Chromium 80,
      // iOS Safari 12): newer syntax is lowered. CSS is lowered after the build (legacy-css.ts).
      target: browserslistToEsbuild(browserslist()),
      rolldownOptions: {
        // Rolldown warns once per MDX file that Astro's "use astro:head-inject" directive "may not be
        // preserved"; Astro reads it before bundling, so nothing is lost. Known upstream:
        // https://github.com/withastro/astro/issues/18087 — only exactly that warning is dropped.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('use astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
