/** No broken internal link, form action or anchor on any built page: officers print these URLs. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/dist';

/** The file a site path is served from, or undefined when there is none. */
function fileFor(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('internal links and anchors', () => {
  for (const page of builtPages()) {
    const name = relative(DIST, page);
    it(`${name}: every internal link and #anchor resolves`, () => {
      const html = readFileSync(page, 'utf8');
      const pagePath = '/' + name.replace(/index\.html$/, '');
      const broken: string[] = [];
      for (const [, href] of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        if (!href || /^(?:[a-z]+:|\/\/)/i.test(href)) continue; // tel:, https:, mailto:, data:
        const url = new URL(href.replace(/&amp;/g, '&'), `http://site${pagePath}`);
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(href);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !idsIn(file).has(anchor)) broken.push(href);
      }
      expect(broken).toEqual([]);
    });
  }
});
