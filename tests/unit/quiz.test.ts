import { describe, expect, it } from 'vitest';
import {
  CLASS_LENGTH,
  classOrder,
  drawIndexes,
  mulberry32,
  NO_JS_SEED,
  noJsSample,
  optionLetter,
  QUIZ_LENGTH,
  review,
  score,
  seedFromSearch,
} from '../../src/lib/quiz';

describe('the seeded draw', () => {
  it('mulberry32 is reproducible and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
  });

  it('draws the same ten distinct questions for the same seed', () => {
    const one = drawIndexes(88, QUIZ_LENGTH, 42);
    expect(one).toEqual(drawIndexes(88, QUIZ_LENGTH, 42));
    expect(one).toHaveLength(10);
    expect(new Set(one).size).toBe(10);
    expect(one.every((i) => i >= 0 && i < 88)).toBe(true);
    expect(drawIndexes(88, QUIZ_LENGTH, 43)).not.toEqual(one);
  });

  it('gives the whole pool, shuffled, when it is smaller than the quiz', () => {
    const all = drawIndexes(7, QUIZ_LENGTH, 5);
    expect(all).toHaveLength(7);
    expect([...all].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(drawIndexes(0, QUIZ_LENGTH, 5)).toEqual([]);
  });

  it('reaches every question over many seeds', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) drawIndexes(30, 10, seed).forEach((i) => seen.add(i));
    expect(seen.size).toBe(30);
  });

  it('reads ?seed= from the address', () => {
    expect(seedFromSearch('?seed=42')).toBe(42);
    expect(seedFromSearch('?a=1&seed=7')).toBe(7);
    expect(seedFromSearch('?seed=x')).toBeUndefined();
    expect(seedFromSearch('')).toBeUndefined();
  });
});

describe('score and review', () => {
  const questions = [{ answer: 0 }, { answer: 2 }, { answer: 1 }];
  const answers = [
    { question: 0, chosen: 0 },
    { question: 1, chosen: 1 },
    { question: 2, chosen: 1 },
  ];

  it('counts the right answers', () => {
    expect(score(questions, answers)).toBe(2);
    expect(score(questions, [])).toBe(0);
  });

  it('reviews every answer in order with right or wrong', () => {
    expect(review(questions, answers).map((r) => [r.chosen, r.right])).toEqual([
      [0, true],
      [1, false],
      [1, true],
    ]);
  });

  it('labels options A–D', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('classroom order', () => {
  it('is the bank order by file name, at most CLASS_LENGTH', () => {
    const qs = Array.from({ length: 20 }, (_, i) => ({
      id: `q${String(20 - i).padStart(2, '0')}`,
    }));
    const order = classOrder(qs);
    expect(order).toHaveLength(CLASS_LENGTH);
    expect(order[0]!.id).toBe('q01');
    expect(order.map((q) => q.id)).toEqual([...order.map((q) => q.id)].sort());
  });
});

describe('noJsSample', () => {
  const pool = Array.from({ length: 37 }, (_, i) => `q${i}`);
  it('lists QUIZ_LENGTH questions of the pool, in pool order, the same on every build', () => {
    const sample = noJsSample(pool);
    expect(sample).toHaveLength(QUIZ_LENGTH);
    expect(new Set(sample).size).toBe(QUIZ_LENGTH);
    expect(sample.map((q) => pool.indexOf(q))).toEqual(
      [...sample.map((q) => pool.indexOf(q))].sort((a, b) => a - b),
    );
    expect(noJsSample(pool)).toEqual(sample);
    expect(sample).toEqual(
      drawIndexes(pool.length, QUIZ_LENGTH, NO_JS_SEED)
        .sort((a, b) => a - b)
        .map((i) => pool[i]),
    );
  });
  it('lists a small pool whole', () => {
    expect(noJsSample(['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});
