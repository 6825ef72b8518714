/**
 * The offline copy as built (dist/): what the service worker precaches on every first visit (the
 * core: ≤ 300 KB gzip -9, measured file by file as `npm run bench` does), the list the 保存全站
 * button downloads (dist/offline-pack.json: every other page and the whole search index; of a
 * case library larger than PACK_CASES a part, tests/build/case-pages.test.ts), and
 * the button itself in the footer of every page. The browser side is tests/e2e/offline.spec.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../src/data/urls';
import { t } from '../../src/i18n/zh-CN';
import {
  PACK_HEADER,
  PACK_URL,
  isContentAddressed,
  packHoldsAllCases,
  type Pack,
} from '../../src/lib/offline-pack';
import { CACHES } from '../../src/lib/offline-caches';
import { builtPages, DIST, page } from '../support/dist';
import { readCollection } from '../support/content-files';

const CORE_PAGES = [PAGES.home, PAGES.help, PAGES.guides, PAGES.search, PAGES.offline];
const BUDGET = 300 * 1024;

/** The file a site path is served from. */
const fileOf = (url: string) => join(DIST, url.endsWith('/') ? `${url}index.html` : url);
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
/** The precache list of dist/sw.js, as site paths (Workbox writes them relative: help/). */
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) =>
  m[1]!.startsWith('/') ? m[1]! : `/${m[1]!}`,
);
const pack = JSON.parse(readFileSync(join(DIST, PACK_URL), 'utf8')) as Pack;
const pageOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;

describe('the first-visit precache (the core)', () => {
  it(`is at most ${BUDGET / 1024} KB gzip, every file once`, () => {
    const raw = precached.reduce((n, url) => n + statSync(fileOf(url)).size, 0);
    const zipped = precached.reduce((n, url) => n + gz(fileOf(url)), 0);
    console.info(
      `precache: ${precached.length} files, ${(raw / 1024).toFixed(1)} KB raw, ${(zipped / 1024).toFixed(1)} KB gzip`,
    );
    expect(zipped).toBeLessThanOrEqual(BUDGET);
    expect(new Set(precached).size).toBe(precached.length);
  });

  it('holds home, /help/, the guide index, /search/ and the offline page, and no other page', () => {
    expect(precached.filter((url) => url.endsWith('/') || url.endsWith('.html')).sort()).toEqual(
      [...CORE_PAGES].sort(),
    );
  });

  it('holds every stylesheet, script and icon the core pages load', () => {
    for (const path of CORE_PAGES) {
      const doc = page(path);
      const loads = [
        ...[
          ...doc.querySelectorAll(
            'link[rel~="stylesheet"], link[rel~="icon"], link[rel="manifest"]',
          ),
        ].map((l) => l.getAttribute('href')!),
        ...[...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
      ];
      expect(loads.length, path).toBeGreaterThan(3);
      expect(
        loads.filter((url) => !precached.includes(url)),
        path,
      ).toEqual([]);
    }
  });

  it('holds no Pagefind file, share image or recording, nor anything that grows with the case library', () => {
    expect(
      precached.filter((url) => /^\/(?:pagefind|posters|og|wallpapers|song)\//.test(url)),
    ).toEqual([]);
    // The case studies' best bets: 2 MB at 10,000 cases, fetched only when a reader asks for cases.
    expect(precached.filter((url) => url.startsWith(PAGES.cases) || /case/.test(url))).toEqual([]);
  });
});

describe('the offline pack (dist/offline-pack.json)', () => {
  const listed = pack.files.map((f) => f.url);

  it('lists every page but the 404 page and the core, and the whole Pagefind index but its ready-made UI', () => {
    // A case library larger than PACK_CASES is saved in part: tests/build/case-pages.test.ts.
    const whole = packHoldsAllCases(readCollection('cases').length);
    const pages = builtPages()
      .map(pageOf)
      .filter((url) => url !== '/404.html' && !CORE_PAGES.includes(url as never))
      .filter((url) => whole || !url.startsWith(PAGES.cases));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((url) => !listed.includes(url))).toEqual([]);
    const index = listed.filter((url) => url.startsWith('/pagefind/'));
    expect(index).toContain('/pagefind/pagefind.js');
    expect(index).toContain('/pagefind/pagefind-entry.json');
    expect(index.filter((url) => url.includes('/fragment/')).length).toBeGreaterThan(10);
    expect(index.filter((url) => /-ui\.|highlight/.test(url))).toEqual([]);
    if (whole) {
      expect(index).toContain('/pagefind/cases/pagefind-entry.json');
      expect(listed).toContain('/search/case-bets.json');
    }
  });

  it('lists no share image, recording, worker or core file', () => {
    expect(
      listed.filter((url) => /^\/(?:posters|og|wallpapers)\/|\.mp3$|sw\.js$|workbox-/.test(url)),
    ).toEqual([]);
    expect(listed.filter((url) => precached.includes(url))).toEqual([]);
  });

  it('gives each file its exact size, and a revision where the name does not change with the content', () => {
    for (const file of pack.files) {
      expect(statSync(fileOf(file.url)).size, file.url).toBe(file.size);
      expect(file.rev === undefined, file.url).toBe(isContentAddressed(file.url));
    }
    expect(pack.version).toMatch(/^[0-9a-f]{12}$/);
    expect(pack.core).toEqual({
      files: precached.length,
      bytes: precached.reduce((n, url) => n + statSync(fileOf(url)).size, 0),
    });
    const mb = pack.files.reduce((n, f) => n + f.size, pack.core.bytes) / 1024 / 1024;
    console.info(`offline pack: ${pack.files.length} files, ${mb.toFixed(1)} MB with the core`);
  });

  it('the worker reads the caches the button writes, and leaves the button’s downloads alone', () => {
    for (const name of [CACHES.pages, CACHES.assets, CACHES.search])
      expect(sw).toContain(`cacheName:"${name}"`);
    expect(sw.match(new RegExp(`headers\\.has\\("${PACK_HEADER}"\\)`, 'g'))?.length).toBe(4);
    expect(sw).toContain('fallbackURL:"/offline/"');
  });
});

describe('the 保存全站 button', () => {
  it('is in the footer of every page with a footer, hidden until its script finds it can work', () => {
    const withFooter = builtPages().filter((file) =>
      readFileSync(file, 'utf8').includes('<footer'),
    );
    expect(withFooter.length).toBeGreaterThan(100);
    for (const file of withFooter) {
      const doc = page(pageOf(file));
      const box = doc.querySelector('body > footer [data-save-site="footer"]');
      expect(box, pageOf(file)).not.toBeNull();
      expect(box!.hasAttribute('hidden'), pageOf(file)).toBe(true);
      expect(box!.querySelector('button[data-save-start]')?.textContent?.trim()).toBe(
        t('offline.save'),
      );
    }
  });

  it('has its own place, with a heading, on /toolkit/ and /help/', () => {
    for (const path of [PAGES.toolkit, PAGES.help]) {
      const box = page(path).querySelector('main [data-save-site="page"]');
      expect(box?.querySelector('h2')?.textContent?.trim(), path).toBe(t('offline.heading'));
      expect(box?.querySelector('progress')).not.toBeNull();
    }
  });

  it('adds less than 3 KB gzip of script to a page (it does not load the UI strings)', () => {
    const src = page(PAGES.about).querySelector('script[src*="SaveSite"]')?.getAttribute('src');
    expect(src).toBeDefined();
    const code = readFileSync(fileOf(src!), 'utf8');
    const imports = [...code.matchAll(/from"\.\/([^"]+)"/g)].map((m) => `/_astro/${m[1]!}`);
    expect(imports.filter((url) => url.includes('zh-CN'))).toEqual([]);
    const bytes = [src!, ...imports].reduce((n, url) => n + gz(fileOf(url)), 0);
    expect(bytes).toBeLessThan(3 * 1024);
  });
});
