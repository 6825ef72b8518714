/**
 * The self-test pages in dist/: /quiz/ and, for every audience, /quiz/<audience>/ and its
 * classroom version /quiz/<audience>/class/. Each quiz page lists a fixed ten questions of its pool
 * for readers without JavaScript (options, and the answer and explanation inside <details>) with a
 * link to the right guide, carries the card with the first of them for readers with it, and names the JSON file that holds the whole pool for its script, every
 * question exactly as the list would show it; the script is its own small file, loaded only by the quiz pages. Each classroom page is a
 * deck of at most CLASS_LENGTH questions in the bank's order, out of the sitemap, canonical to its
 * student quiz, ending with that quiz's QR code and address. The quiz is played in a browser in
 * tests/e2e/quiz.spec.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { guideUrl, quizClassUrl, quizUrl } from '../../src/data/urls';
import {
  CLASS_LENGTH,
  classOrder,
  noJsSample,
  optionLetter,
  QUIZ_LENGTH,
  type PlayedQuestion,
} from '../../src/lib/quiz';
import { readCollection, readYamlCollection } from '../support/content-files';
import { builtJsonFile, builtPages, DIST, page, sitePaths, text } from '../support/dist';

const audiences = readCollection('audiences').map((a) => a.id);
const questions = readYamlCollection('quiz').map((q) => ({
  id: q.id,
  ...(q.data as {
    scenario: string;
    options: string[];
    answer: number;
    explanation: string;
    guide: string;
    audiences: string[];
    channel?: string;
  }),
}));
const poolFor = (audience?: string) =>
  questions
    .filter((q) => !audience || q.audiences.includes(audience))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
const scriptsOf = (doc: Document) =>
  [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!);

describe('quiz pages', () => {
  const quizzes = [
    { url: quizUrl(), pool: poolFor() },
    ...audiences.map((a) => ({ url: quizUrl(a), pool: poolFor(a) })),
  ];

  it.each(quizzes)(
    '$url: ten questions of its pool in the no-JS list, answer and explanation in <details>, the guide linked',
    ({ url, pool }) => {
      const doc = page(url);
      const items = [...doc.querySelectorAll('#quiz-list [data-quiz-q]')];
      const listed = noJsSample(pool);
      expect(listed).toHaveLength(QUIZ_LENGTH);
      expect(items.map((li) => li.getAttribute('data-quiz-q'))).toEqual(listed.map((q) => q.id));
      for (const [i, li] of items.entries()) {
        const q = listed[i]!;
        expect(text(li.querySelector('[data-scenario]'))).toBe(q.scenario);
        expect([...li.querySelectorAll('[data-option]')].map((o) => text(o))).toEqual(
          q.options.map((o, n) => `${optionLetter(n)}. ${o}`),
        );
        expect(li.getAttribute('data-answer')).toBe(String(q.answer));
        const details = li.querySelector('details')!;
        expect(details, q.id).not.toBeNull();
        expect(details.hasAttribute('open')).toBe(false);
        expect(text(details)).toContain(
          `正确答案：${optionLetter(q.answer)}. ${q.options[q.answer]}`,
        );
        expect(text(details.querySelector('[data-explanation]'))).toBe(q.explanation);
        expect(details.querySelector('a[data-guide]')?.getAttribute('href')).toBe(
          guideUrl(q.guide),
        );
      }
      // The one-at-a-time quiz shows with JavaScript (needs-js), the list without (no-js-only).
      expect(doc.querySelector('#quiz')?.classList.contains('needs-js')).toBe(true);
      expect(doc.querySelector('#quiz-list')?.classList.contains('no-js-only')).toBe(true);
      expect(scriptsOf(doc).some((s) => /Quiz\.astro/.test(s))).toBe(true);
    },
  );

  it.each(quizzes)(
    '$url: the card is in the HTML with the list’s first question, so it shows at the first paint',
    ({ url, pool }) => {
      const doc = page(url);
      const card = doc.querySelector<HTMLElement>('#quiz-card')!;
      const first = noJsSample(pool)[0]!;
      const item = doc.querySelector<HTMLElement>('#quiz-list [data-quiz-q]')!;
      expect(card.dataset['id']).toBe(first.id);
      expect(item.dataset['quizQ']).toBe(first.id);
      const total = Math.min(QUIZ_LENGTH, pool.length);
      expect(doc.querySelector<HTMLElement>('#quiz')!.dataset['length']).toBe(String(total));
      expect(text(card.querySelector('#quiz-progress'))).toBe(`第 1 题，共 ${total} 题`);
      expect(text(card.querySelector('#quiz-kind'))).toBe(
        item.querySelector<HTMLElement>('[data-kind]')!.dataset['kind'],
      );
      const channel = card.querySelector('#quiz-channel')!;
      expect(text(channel)).toBe(text(item.querySelector('[data-channel]')));
      expect(channel.hasAttribute('hidden')).toBe(!first.channel);
      expect(text(card.querySelector('#quiz-scenario'))).toBe(first.scenario);
      const buttons = [...card.querySelectorAll('#quiz-options > button[type="button"]')];
      expect(buttons.map((b) => text(b))).toEqual(
        first.options.map((o, n) => `${optionLetter(n)}. ${o}`),
      );
      // Nothing answered yet: no verdict, no next button, no result.
      for (const id of ['quiz-feedback', 'quiz-next', 'quiz-result'])
        expect(doc.getElementById(id)?.hasAttribute('hidden'), id).toBe(true);
    },
  );

  it.each(quizzes)(
    '$url: its script plays the whole pool from JSON, each question as the no-JS list shows it',
    ({ url, pool }) => {
      const doc = page(url);
      const src = doc.querySelector<HTMLElement>('#quiz')!.dataset['questions']!;
      expect(src).toBe(`${url}questions.json`);
      const played = builtJsonFile<PlayedQuestion[]>(src);
      expect(played.map((q) => q.id)).toEqual(pool.map((q) => q.id));
      for (const li of doc.querySelectorAll<HTMLElement>('#quiz-list [data-quiz-q]')) {
        const q = played.find((p) => p.id === li.dataset['quizQ'])!;
        expect(q.kind).toBe(li.querySelector<HTMLElement>('[data-kind]')!.dataset['kind']);
        expect(q.channel).toBe(text(li.querySelector('[data-channel]')));
        expect(q.scenario).toBe(text(li.querySelector('[data-scenario]')));
        expect(q.options).toEqual(
          [...li.querySelectorAll<HTMLElement>('[data-option]')].map((o) => o.dataset['option']),
        );
        expect(q.answer).toBe(Number(li.dataset['answer']));
        expect(q.explanation).toBe(text(li.querySelector('[data-explanation]')));
        const guide = li.querySelector<HTMLElement>('a[data-guide]')!;
        expect([q.guideUrl, q.guideTitle]).toEqual([
          guide.getAttribute('href'),
          guide.dataset['guide'],
        ]);
      }
    },
  );

  it('every audience has a quiz and a classroom page; /quiz/ links them all; classroom pages stay out of the sitemap', () => {
    const hub = [...page(quizUrl()).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const a of audiences) {
      expect(hub).toContain(quizUrl(a));
      expect(hub).toContain(quizClassUrl(a));
      expect(
        [...page(quizUrl(a)).querySelectorAll('a')].map((l) => l.getAttribute('href')),
      ).toContain(quizClassUrl(a));
    }
    const inSitemap = sitePaths();
    expect(inSitemap).toEqual(expect.arrayContaining(quizzes.map((q) => q.url)));
    expect(inSitemap.filter((p) => p.endsWith('/class/'))).toEqual([]);
  });

  it('the quiz script loads only on the quiz pages and is at most 10 KB gzip', () => {
    const quizPaths = new Set(quizzes.map((q) => join(DIST, q.url, 'index.html')));
    const withScript = builtPages().filter((file) =>
      /Quiz\.astro_astro_type_script[^"]*\.js/.test(readFileSync(file, 'utf8')),
    );
    expect(withScript.sort()).toEqual([...quizPaths].sort());
    const file = readdirSync(join(DIST, '_astro')).find((f) => /^Quiz\.astro.*\.js$/.test(f))!;
    const own = readFileSync(join(DIST, '_astro', file));
    // Its imports (the small shared DOM helpers) count too.
    const imports = [...own.toString().matchAll(/from"\.\/([^"]+)"/g)].map((m) =>
      readFileSync(join(DIST, '_astro', m[1]!)),
    );
    const gzip = [own, ...imports].reduce((n, b) => n + gzipSync(b).length, 0);
    expect(gzip).toBeLessThanOrEqual(10 * 1024);
  });
});

describe('classroom pages', () => {
  it.each(audiences)(
    '/quiz/%s/class/: the fixed order, answer and explanation revealed one press at a time, the QR code of the student quiz last',
    (audience) => {
      const doc = page(quizClassUrl(audience));
      const order = classOrder(poolFor(audience));
      expect(order.length).toBeLessThanOrEqual(CLASS_LENGTH);
      expect(order.length).toBeGreaterThanOrEqual(8);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(quizUrl(audience));
      const slides = [...doc.querySelectorAll('[data-deck] > .slide')];
      expect(slides).toHaveLength(order.length + 2);
      const questionSlides = slides.slice(1, -1);
      expect(questionSlides.map((s) => s.getAttribute('data-quiz-q'))).toEqual(
        order.map((q) => q.id),
      );
      for (const [i, slide] of questionSlides.entries()) {
        const q = order[i]!;
        expect(text(slide.querySelector('h2'))).toMatch(new RegExp(`^第 ${i + 1} 题：`));
        expect(text(slide)).toContain(q.scenario);
        const reveals = [...slide.querySelectorAll('[data-reveal]')].map((r) => text(r));
        expect(reveals).toEqual([
          `答案：${optionLetter(q.answer)}. ${q.options[q.answer]}`,
          q.explanation,
        ]);
      }
      const end = slides.at(-1)!;
      expect(text(end)).toContain(canonical!);
      expect(end.querySelector('svg.deck-qr-big[role="img"]')).not.toBeNull();
      expect(doc.querySelector('[data-deck-bar]')).not.toBeNull();
    },
  );
});
