// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import AstroPWA from '@vite-pwa/astro';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import legacyCss from './src/integrations/legacy-css.ts';
import pagefind from './src/integrations/pagefind.ts';
import { settings } from './src/settings.ts';

export default defineConfig({
  // The public address (SITE_URL, src/settings.ts): canonical links, the sitemap and every printed
  // URL use it. Unset, it is what `npm start` serves; `npm run build:release` requires a real one.
  site: settings.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // Not the 404 page, nor the slide decks (/present/…, the quizzes' classroom versions
    // /quiz/<audience>/class/): each repeats a page and names it canonical.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return (
          !page.endsWith('/404/') &&
          !path.startsWith('/present/') &&
          !/^\/quiz\/[^/]+\/class\/$/.test(path)
        );
      },
    }),
    // Before Pagefind and the service worker: the CSS they see and precache is the final one.
    legacyCss(),
    pagefind(),
    // Last: its build:done hook writes the service worker once every page and the Pagefind
    // index exist, so both are precached (Workbox, through vite-plugin-pwa).
    AstroPWA({
      registerType: 'autoUpdate',
      // vite-plugin-pwa writes /registerSW.js (registers /sw.js after load); BaseLayout links it.
      injectRegister: 'script',
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
          { src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every page, the CSS/JS, the icons and the whole Chinese search index.
        globPatterns: ['**/*.{html,css,js,svg,png,webmanifest}', 'pagefind/**/*'],
        // Search UI bundles Pagefind ships but the site does not use; the song's recording
        // (large, and only for those who open the song page); feeds for machines; the share
        // images (posters, link previews, slogan wallpapers: several MB, downloads and previews
        // for other apps, cached only when a reader opens one).
        globIgnores: [
          '404.html',
          'pagefind/*-ui.*',
          'pagefind/pagefind-highlight.js',
          'song/*.{mp3,m4a,ogg,opus,wav}',
          'posters/**',
          'og/**',
          'wallpapers/**',
        ],
        // A poster or wallpaper the reader has opened once is kept, so it can be shown and shared
        // again with no signal; the others are never downloaded in the background.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => /^\/(posters|wallpapers)\//.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'share-images', expiration: { maxEntries: 80 } },
          },
        ],
        // Query strings never change a page here (?q= on /search/, Pagefind's ?ts= on its entry
        // file): match the precached file whatever the query, so search works offline.
        ignoreURLParametersMatching: [/.*/],
        // No fallback page: a URL that is not in the cache goes to the network as usual.
        navigateFallback: null,
        // A new build's worker takes over at once (not after every tab is closed), so the reader's
        // next visit gets the new pages. Safe here: pages load all their code up front.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
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
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
