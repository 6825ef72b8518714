/**
 * What every built page carries, read straight from dist/ (no browser needed): one h1, a title,
 * Chinese as the language (Pagefind picks its segmenter from it), its own canonical address, a
 * phone-width viewport, the hotlines and the rule in the footer (except on the full-screen LED
 * view, which shows slogans and nothing else), its module scripts fetched after text and
 * styles, print buttons only beside the share bar whose script enables them, and nothing loaded from any
 * other site (privacy: readers are often mid-scam). What needs a browser (console errors, the
 * requests a page really makes, axe, layout) is in tests/e2e/every-page.spec.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../src/data/urls';
import { DIST, page, sitePaths, text } from '../support/dist';

/** Pages that fill the screen on their own (src/layouts/LedLayout.astro): no site header or footer. */
const FULL_SCREEN: string[] = [PAGES.toolkitLed];

/** Attributes that make the browser fetch something. */
const FETCHING = ['src', 'srcset', 'poster', 'data', 'action', 'formaction'];
/** <link> relations that fetch (stylesheet, icon, manifest, preload…); canonical and alternate do not. */
const NON_FETCHING_LINKS = new Set(['canonical', 'alternate', 'sitemap']);

/** Addresses on a page that would load something from another origin. */
function foreignLoads(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const name of FETCHING) {
      const value = el.getAttribute(name);
      if (value) urls.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]!));
    }
    if (el.localName === 'link' && !NON_FETCHING_LINKS.has(el.getAttribute('rel') ?? ''))
      urls.push(el.getAttribute('href') ?? '');
    for (const [, url] of (el.getAttribute('style') ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g))
      urls.push(url!);
  }
  for (const style of doc.querySelectorAll('style')) {
    for (const [, url] of (style.textContent ?? '').matchAll(
      /url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g,
    ))
      urls.push(url!);
  }
  return urls.filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^data:/i.test(url));
}

describe('every built page', () => {
  for (const path of sitePaths()) {
    it(`${path}: one h1, title, lang, canonical, viewport, footer hotlines, nothing from other sites`, () => {
      const doc = page(path);
      const h1s = doc.querySelectorAll('h1');
      expect(h1s.length).toBe(1);
      expect(text(h1s[0])).not.toBe('');
      expect(text(doc.querySelector('title'))).toMatch(/\S.*冰城反诈|^冰城反诈$/);
      expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
      const canonical =
        doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
      if (path === '/404.html' || path === '/offline/') {
        // Served at every unknown address (the offline page: at every page not saved on the
        // device): no address of its own, and not for search engines.
        expect(canonical).toBeUndefined();
        expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      } else {
        expect(canonical).toMatch(/^https?:\/\/[^/]+\//);
        expect(new URL(canonical!).pathname).toBe(path);
      }
      expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toMatch(
        /width=device-width/,
      );
      if (FULL_SCREEN.includes(path)) {
        // A shop's LED board shows the whole window: slogans only, no header or footer.
        expect(doc.querySelector('body > header, body > footer')).toBeNull();
      } else {
        const footer = doc.querySelector('body > footer');
        expect(text(footer?.querySelector('a[href="tel:110"]'))).toBe('110');
        expect(text(footer?.querySelector('a[href="tel:96110"]'))).toBe('96110');
        expect(text(footer)).toContain('转账汇款多核实');
      }
      expect(foreignLoads(doc), 'loads from other sites').toEqual([]);
      // Text and styles first: the page's own scripts wait (src/lib/script-priority.ts).
      const early = [...doc.querySelectorAll('script[type="module"]')].filter(
        (s) => s.getAttribute('fetchpriority') !== 'low',
      );
      expect(
        early.map((s) => s.outerHTML),
        'module scripts not marked low priority',
      ).toEqual([]);
      // The class kit's print buttons are enabled by the share bar's script
      // (src/components/ShareBar.astro): a page with one has the other.
      if (doc.querySelector('button[data-print], button[data-print-all]'))
        expect(
          doc.querySelector('[data-share]'),
          'print buttons without a share bar',
        ).not.toBeNull();
    });
  }
});

describe('the stylesheets', () => {
  it('load nothing from other sites (no web fonts, no remote images, no @import)', () => {
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const foreign = css.flatMap((f) =>
      [
        ...readFileSync(join(DIST, '_astro', f), 'utf8').matchAll(
          /url\(\s*['"]?((?:[a-z]+:)?\/\/[^'")]+)|@import/gi,
        ),
      ].map((m) => `${f}: ${m[0]}`),
    );
    expect(foreign).toEqual([]);
  });
});
