/**
 * The share images in dist/ (src/lib/poster.ts, drawn at build time): a poster for every guide,
 * audience page and /help/, a link-preview image (og:image) for every page, a wallpaper for every
 * slogan. Each has its exact size; the QR code in every poster and preview, read from the pixels
 * as a phone would, opens that page's canonical address; the title really was drawn (ink where
 * it stands, not a blank or an empty box); the service worker does not precache any of them.
 * Counts come from content/, never from a number written here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  audienceUrl,
  guideUrl,
  ogImageUrl,
  PAGES,
  posterUrl,
  wallpaperUrl,
} from '../../src/data/urls';
import { OG_SIZE, POSTER_SIZE, WALLPAPER_SIZE } from '../../src/lib/poster';
import { t } from '../../src/i18n/zh-CN';
import { readCollection } from '../support/content-files';
import { DIST, page, sitePaths } from '../support/dist';
import { decodeQr, inkedPixels, pngSize, readPng, type Png } from '../support/png';

const pngAt = (url: string): Png => readPng(readFileSync(join(DIST, url)));
const canonical = (path: string) =>
  page(path).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const meta = (path: string, property: string) =>
  page(path).querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';

/** The pages with a poster, from content/: every guide, every audience page, /help/. */
const posterPages = [
  ...readCollection('guides').map((g) => guideUrl(g.id)),
  ...readCollection('audiences').map((a) => audienceUrl(a.id)),
  PAGES.help,
];
/** Where a poster's and a preview's title stands: below the site's band, at the left. */
const POSTER_TITLE = { x: 64, y: 130, width: 500, height: 80 };
const OG_TEXT = { x: 56, y: 100, width: 560, height: 420 };

// Decoding a 1080×1440 PNG and reading its QR code takes a while on a loaded 2-core machine.
const SLOW = { timeout: 30_000 };

describe('share posters', SLOW, () => {
  it.each(posterPages)('%s: 1080×1440, its QR code opens the page, its title drawn', (path) => {
    const png = pngAt(posterUrl(path));
    expect([png.width, png.height]).toEqual([POSTER_SIZE.width, POSTER_SIZE.height]);
    expect(decodeQr(png)).toBe(canonical(path));
    expect(inkedPixels(png, POSTER_TITLE)).toBeGreaterThan(3_000);
  });

  it.each(posterPages)('%s: the share bar offers the poster for download', (path) => {
    const link = [...page(path).querySelectorAll('[data-share] a[download]')].find(
      (a) => a.textContent?.trim() === t('share.poster'),
    );
    expect(link?.getAttribute('href')).toBe(posterUrl(path));
  });
});

describe('link-preview images (og:image)', SLOW, () => {
  const pages = sitePaths().filter((p) => p !== '/404.html');

  it('every page names an existing 1200×630 PNG with its size and a description', () => {
    const wrong = pages.filter((path) => {
      const url = new URL(meta(path, 'og:image'));
      if (!existsSync(join(DIST, url.pathname))) return true;
      const size = pngSize(readFileSync(join(DIST, url.pathname)));
      return (
        size?.width !== OG_SIZE.width ||
        size.height !== OG_SIZE.height ||
        meta(path, 'og:image:width') !== String(OG_SIZE.width) ||
        meta(path, 'og:image:height') !== String(OG_SIZE.height) ||
        meta(path, 'og:image:alt') === '' ||
        url.origin !== new URL(canonical(path) || canonical('/')).origin
      );
    });
    expect(wrong).toEqual([]);
  });

  const shared = pages.filter((path) => page(path).querySelector('[data-share]'));

  it('pages without a share bar show the site’s; every page with one has more than a poster', () => {
    expect(shared.length).toBeGreaterThan(posterPages.length);
    const wrong = pages.filter(
      (path) =>
        !shared.includes(path) &&
        new URL(meta(path, 'og:image')).pathname !== ogImageUrl(PAGES.home),
    );
    expect(wrong).toEqual([]);
  });

  it.each(shared)('%s: its own image, whose QR code opens the page, its title drawn', (path) => {
    const image = new URL(meta(path, 'og:image')).pathname;
    expect(image).toBe(ogImageUrl(path));
    const png = pngAt(image);
    expect(decodeQr(png)).toBe(canonical(path));
    expect(inkedPixels(png, OG_TEXT)).toBeGreaterThan(5_000);
  });

  it('the site’s own image opens the home page', () => {
    expect(decodeQr(pngAt(ogImageUrl(PAGES.home)))).toBe(canonical('/'));
  });
});

describe('slogan wallpapers', SLOW, () => {
  const slogans = parse(readFileSync('content/slogans.yaml', 'utf8')) as { id: string }[];
  it.each(slogans.map((s) => s.id))('%s: 1920×1080 with the slogan drawn large', (id) => {
    const png = pngAt(wallpaperUrl(id));
    expect([png.width, png.height]).toEqual([WALLPAPER_SIZE.width, WALLPAPER_SIZE.height]);
    expect(inkedPixels(png, { x: 0, y: 200, width: 1920, height: 600 })).toBeGreaterThan(40_000);
  });
});

describe('service worker', () => {
  it('precaches none of the share images (downloads, not part of any page)', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(sw).toMatch(/pwa-192x192\.png/);
    expect(sw).not.toMatch(/(?:posters|og|wallpapers)\/[^"']*\.png/);
  });
});
