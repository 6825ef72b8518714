/**
 * The slide decks (/present/…, src/data/decks.ts) in dist/: one for every guide, audience page,
 * class-kit piece and /help/; each names the page it presents as canonical and shares its preview
 * image; each opens with the title and the rule beside the QR code (drawn once, shown again on the
 * other slides) and ends with the hotlines and the address; and each guide's deck carries every
 * red flag, every scammer's line with its reply and the whole 要这样做 / 千万不要 of the page.
 */
import { describe, expect, it } from 'vitest';
import { printablePieces } from '../../src/lib/printables';
import { audienceUrl, guideUrl, PAGES, presentPieceUrl, presentUrl } from '../../src/data/urls';
import { readCollection } from '../support/content-files';
import { decks } from '../support/decks';
import { page, sitePaths, text } from '../support/dist';

const guides = readCollection('guides');
const audiences = readCollection('audiences');
const texts = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((el) => text(el));
const meta = (doc: Document, property: string) =>
  doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');

describe('slide decks', () => {
  /** Each deck with the page it presents and the title it opens with. */
  const wanted = [
    { url: presentUrl(PAGES.help), source: PAGES.help, piece: undefined },
    ...guides.map((g) => ({
      url: presentUrl(guideUrl(g.id)),
      source: guideUrl(g.id),
      piece: undefined,
    })),
    ...audiences.flatMap((a) => [
      { url: presentUrl(audienceUrl(a.id)), source: audienceUrl(a.id), piece: undefined },
      ...printablePieces(a.body).map((p) => ({
        url: presentPieceUrl(a.id, p.id),
        source: audienceUrl(a.id),
        piece: p,
      })),
    ]),
  ];
  const expected = wanted.map((w) => w.url).sort();

  it('with JavaScript the first slide is the first thing in the page: the no-JS note before it hides, the way back comes after the last slide in the page itself', () => {
    // A first paint of a partly loaded deck must already show slide 1 at the top: nothing
    // shown before it, nothing moved into place by CSS once the rest arrives.
    for (const deck of decks()) {
      const main = page(deck.url).querySelector('main.deck')!;
      const children = [...main.children];
      const first = children.findIndex((el) => el.classList.contains('slide'));
      const last = children.findLastIndex((el) => el.classList.contains('slide'));
      expect(
        children.slice(0, first).filter((el) => !el.classList.contains('no-js-only')).length,
        deck.url,
      ).toBe(0);
      expect(
        children.slice(last + 1).map((el) => el.className),
        deck.url,
      ).toEqual(['deck-outro needs-js']);
    }
  });

  it('one for every guide, audience page, class-kit piece and /help/, none in the sitemap', () => {
    expect(decks().map((d) => d.url)).toEqual(expected);
    expect(sitePaths().filter((p) => p.startsWith('/present/'))).toEqual([]);
  });

  it.each(wanted)(
    '$url: presents its page, title and rule with the QR code, hotlines, address',
    ({ url, source, piece }) => {
      const doc = page(url);
      const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(new URL(canonical).pathname).toBe(source);
      expect(meta(doc, 'og:image')).toBe(meta(page(source), 'og:image'));
      expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
      expect(doc.querySelectorAll('h1')).toHaveLength(1);

      const slides = [...doc.querySelectorAll('.slide')];
      expect(slides.length).toBeGreaterThan(3);
      expect(slides[0]!.classList.contains('slide--title')).toBe(true);
      expect(text(slides[0]!.querySelector('h1'))).toBe(
        piece ? piece.title : text(page(source).querySelector('h1')),
      );
      // The QR drawing exists once; every other slide shows it again by reference.
      expect(doc.querySelectorAll('g#deck-qr')).toHaveLength(1);
      expect(slides[0]!.querySelector('g#deck-qr path')).not.toBeNull();
      for (const slide of slides.slice(1))
        expect(slide.querySelector('svg.qr use')?.getAttribute('href')).toBe('#deck-qr');
      const hotlines = slides.at(-2)!;
      expect(text(hotlines)).toContain('110');
      expect(text(hotlines)).toContain('96110');
      expect(text(slides.at(-1)!)).toContain(canonical.replace(/#.*/, ''));
      slides.forEach((slide, i) => {
        expect(slide.id).toBe(`slide-${i + 1}`);
        expect(slide.getAttribute('aria-label')).toBe(`第 ${i + 1} 张，共 ${slides.length} 张`);
      });
    },
  );

  it.each(guides.map((g) => g.id))(
    'guide %s: every red flag, scammer’s line and do/don’t of the page',
    (id) => {
      const deck = page(presentUrl(guideUrl(id)));
      const guide = page(guideUrl(id));
      const slideTexts = texts(deck, '.slide').join('\n');
      expect(text(deck.querySelector('.slide--title .slide-lead'))).toBe(
        text(guide.querySelector('.rule-box')).replace(/^识别口诀：/, ''),
      );
      const flags = texts(guide, '.red-flags li');
      expect(flags.length).toBeGreaterThan(2);
      expect(texts(deck, '.slide[data-tone="danger"]').slice(0, flags.length).length).toBe(
        flags.length,
      );
      for (const flag of flags)
        expect(slideTexts.replace(/\s+/g, '')).toContain(flag.replace(/\s+/g, ''));
      const lines = texts(guide, '.scam-script q');
      expect(texts(deck, '.slide-quote')).toEqual(lines);
      for (const item of texts(guide, '.do-dont li'))
        expect(slideTexts).toContain(item.replace(/^[✓✗]\s*/, ''));
    },
  );

  it.each(audiences.map((a) => a.id))(
    'audience %s: a slide for each scam type the page lists',
    (id) => {
      const deck = page(presentUrl(audienceUrl(id)));
      const headings = texts(deck, '.slide-heading');
      for (const title of texts(page(audienceUrl(id)), '.audience-guides h3'))
        expect(headings).toContain(title);
    },
  );

  it('the pages with a deck link it from their share bar, and each class-kit piece from its title', () => {
    for (const g of guides)
      expect(
        page(guideUrl(g.id)).querySelector(`[data-share] a[href="${presentUrl(guideUrl(g.id))}"]`),
      ).not.toBeNull();
    expect(
      page(PAGES.help).querySelector(`[data-share] a[href="${presentUrl(PAGES.help)}"]`),
    ).not.toBeNull();
    for (const a of audiences) {
      const doc = page(audienceUrl(a.id));
      expect(
        doc.querySelector(`[data-share] a[href="${presentUrl(audienceUrl(a.id))}"]`),
      ).not.toBeNull();
      for (const piece of printablePieces(a.body))
        expect(
          doc.querySelector(`#${piece.id} a[href="${presentPieceUrl(a.id, piece.id)}"]`),
        ).not.toBeNull();
    }
  });
});
