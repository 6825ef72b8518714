import { describe, expect, it } from 'vitest';
import {
  CLASS_LENGTH,
  classOrder,
  drawIndexes,
  mulberry32,
  NO_JS_SEED,
  noJsSample,
  openingRound,
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

  it('is the published mulberry32, so a shared ?seed= link draws the same questions after an update', () => {
    const random = mulberry32(1);
    expect([random(), random(), random()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
    expect(drawIndexes(88, QUIZ_LENGTH, 42)).toEqual([52, 40, 75, 59, 18, 48, 28, 57, 77, 46]);
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

  it('an answer to a question that is not there counts for nothing and is left out of the review', () => {
    const stray = [...answers, { question: 7, chosen: 0 }];
    expect(score(questions, stray)).toBe(2);
    expect(review(questions, stray)).toHaveLength(3);
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
  it('sorts a bank in any order', () => {
    const ids = [
      'q07',
      'q02',
      'q11',
      'q01',
      'q09',
      'q03',
      'q13',
      'q05',
      'q04',
      'q12',
      'q06',
      'q10',
      'q08',
    ];
    expect(classOrder(ids.map((id) => ({ id }))).map((q) => q.id)).toEqual(
      [...ids].sort().slice(0, CLASS_LENGTH),
    );
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

describe('openingRound', () => {
  const pool = Array.from({ length: 37 }, (_, i) => ({ id: `q${String(i).padStart(2, '0')}` }));
  const first = pool[4]!;
  it('starts with the page’s question, then draws the rest of the round from the rest of the pool', () => {
    const round = openingRound(pool, first, QUIZ_LENGTH, 42);
    expect(round).toHaveLength(QUIZ_LENGTH);
    expect(round[0]).toBe(first);
    expect(new Set(round.map((q) => q.id)).size).toBe(QUIZ_LENGTH);
    const rest = pool.filter((q) => q !== first);
    expect(round.slice(1)).toEqual(
      drawIndexes(rest.length, QUIZ_LENGTH - 1, 42).map((i) => rest[i]),
    );
  });
  it('is the same for the same seed, and differs between seeds', () => {
    const ids = (seed: number) => openingRound(pool, first, QUIZ_LENGTH, seed).map((q) => q.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).not.toEqual(ids(8));
  });
  it('plays a small pool whole, its first question first', () => {
    const small = pool.slice(0, 4);
    const round = openingRound(small, small[2]!, QUIZ_LENGTH, 1);
    expect(round[0]).toBe(small[2]);
    expect(round.map((q) => q.id).sort()).toEqual(small.map((q) => q.id));
  });
});
