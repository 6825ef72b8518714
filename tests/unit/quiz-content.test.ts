/**
 * The self-test question bank's editorial bars (issue 17): enough questions, spread over every guide,
 * audience and kind of question; genuine messages among them, so the answer is not always “诈骗”; the
 * right option not always in one place; no scenario twice. The schema checks each file on its own
 * (src/content.config.ts, at build time); these tests check the bank as a whole.
 */
import { describe, expect, it } from 'vitest';
import { QUIZ_KINDS } from '../../src/lib/taxonomy';
import { readCollection, readYamlCollection } from '../support/content-files';
import { nearDuplicates, similarity } from '../support/near-duplicates';

interface Question {
  id: string;
  kind: string;
  genuine?: boolean;
  scenario: string;
  options: string[];
  answer: number;
  guide: string;
  audiences: string[];
}

const questions = readYamlCollection('quiz').map((f) => ({ ...f.data, id: f.id }) as Question);
const guides = readCollection('guides');
const audiences = readCollection('audiences').map((a) => a.id);
const countOf = (keep: (q: Question) => boolean) => questions.filter(keep).length;

/** Scenarios at least this alike (0–1, see near-duplicates.ts) count as one scenario told twice. */
const NEAR_DUPLICATE = 0.5;

describe('quiz question bank (content/quiz/)', () => {
  it('has at least 80 questions, each file named by a stable Latin id', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    for (const q of questions) expect(q.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('every guide has at least 4 questions', () => {
    for (const g of guides)
      expect(
        countOf((q) => q.guide === g.id),
        g.id,
      ).toBeGreaterThanOrEqual(4);
  });

  it('every audience has at least 8 questions', () => {
    for (const a of audiences)
      expect(
        countOf((q) => q.audiences.includes(a)),
        a,
      ).toBeGreaterThanOrEqual(8);
  });

  it('mixes the kinds (at least 20 of each) and has at least 8 genuine messages', () => {
    for (const kind of QUIZ_KINDS)
      expect(
        countOf((q) => q.kind === kind),
        kind,
      ).toBeGreaterThanOrEqual(20);
    expect(countOf((q) => q.genuine === true)).toBeGreaterThanOrEqual(8);
  });

  it('every question has 3–4 different options, and its answer is one of them', () => {
    for (const q of questions) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, q.id).toBeLessThanOrEqual(4);
      expect(new Set(q.options).size, q.id).toBe(q.options.length);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length, q.id).toBe(
        true,
      );
    }
  });

  it('a question speaks only to groups its guide names (the guide decides who a scam targets)', () => {
    for (const q of questions) {
      const guide = guides.find((g) => g.id === q.guide);
      expect(guide, `${q.id}: guide ${q.guide}`).toBeDefined();
      for (const a of q.audiences) expect(guide!.data['audiences'], `${q.id}: ${a}`).toContain(a);
    }
  });

  it('the right answer is not always in the same place', () => {
    const share = (keep: (q: Question) => boolean) => countOf(keep) / questions.length;
    for (const place of [0, 1, 2])
      expect(
        share((q) => q.answer === place),
        `option ${place + 1}`,
      ).toBeGreaterThanOrEqual(0.2);
    expect(
      share((q) => q.answer === q.options.length - 1),
      'last option',
    ).toBeLessThanOrEqual(0.35);
    const isScam = questions.filter((q) => q.kind === 'is-scam');
    expect(new Set(isScam.map((q) => q.answer)).size).toBeGreaterThanOrEqual(3);
  });

  it('no scenario is told twice, even with other punctuation or a few words changed', () => {
    const scenarios = questions.map((q) => ({ id: q.id, text: q.scenario }));
    expect(nearDuplicates(scenarios, NEAR_DUPLICATE)).toEqual([]);
  });

  it('the near-duplicate check sees through punctuation, spacing and a changed detail', () => {
    const a = '陌生来电：“您的快递丢了，按规定三倍理赔。请加理赔专员的QQ。”';
    expect(similarity(a, '陌生来电 "您的快递丢了,按规定三倍理赔,请加理赔专员的QQ"')).toBe(1);
    expect(
      similarity(a, '陌生来电：“您的快递丢了，按规定双倍理赔。请加理赔专员的微信。”'),
    ).toBeGreaterThan(NEAR_DUPLICATE);
    expect(similarity(a, '短信：“您的养老金资格认证即将到期，请点击链接。”')).toBeLessThan(0.3);
  });
});
