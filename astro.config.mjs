// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';

/**
 * The public address of the site: canonical URLs, Open Graph and the sitemap use it.
 * Set SITE_URL when deploying (see README, Deploy).
 */
const site = process.env.SITE_URL ?? 'https://fanzha.example.cn';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
  vite: {
    plugins: [tailwindcss()],
    // Keep every script in its own file (never inlined), so a strict CSP (script-src 'self') holds.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
