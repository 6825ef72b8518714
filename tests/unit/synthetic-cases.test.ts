/**
 * The scale run's synthetic case pages (scripts/lib/synthetic-cases.ts): clearly fake, built from
 * real sentences, and valid as content — the schema's fields and limits, the three sections in
 * order, a case's audiences among its guide's — so that thousands of them build.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSyntheticPool } from '../../scripts/lib/scale';
import {
  SYNTHETIC_PREFIX,
  seededRandom,
  sentencesOf,
  syntheticCase,
} from '../../scripts/lib/synthetic-cases';
import { AGE_BANDS, CHANNELS, OUTCOMES } from '../../src/lib/taxonomy';
import { CASE_SECTIONS } from '../../src/lib/structure';

const pool = loadSyntheticPool();
const split = (text: string) => {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(front) as Record<string, unknown>, body };
};

describe('sentencesOf', () => {
  it('keeps plain sentences, with markdown marks and links reduced to text', () => {
    const body = [
      '## 经过',
      '',
      '**第1天 下午3点** 小周读大四，正在找工作。一个陌生号码打来。',
      '- 已经转了钱，请看[被骗了怎么办](/help/)，马上报警！',
      '这类骗局的全部说法，见<GuideLink slug="xujia-zhengxin" />。',
      '<Callout>提醒</Callout>',
      '短句。',
    ].join('\n');
    expect(sentencesOf(body)).toEqual([
      '第1天 下午3点 小周读大四，正在找工作。',
      '一个陌生号码打来。',
      '已经转了钱，请看被骗了怎么办，马上报警！',
    ]);
  });
  it('finds thousands of sentences and every guide in the real content', () => {
    expect(pool.sentences.length).toBeGreaterThan(1000);
    expect(pool.guides.length).toBeGreaterThan(10);
    for (const s of pool.sentences) expect(s).not.toMatch(/[{}<>]/);
  });
});

describe('syntheticCase', () => {
  const made = Array.from({ length: 50 }, (_, i) => syntheticCase(i + 1, pool, seededRandom(i)));

  it('is clearly fake: titled 合成测试页面 N and saying so first', () => {
    const { file, text } = syntheticCase(7, pool, seededRandom(1));
    const { data, body } = split(text);
    expect(file).toBe(`${SYNTHETIC_PREFIX}7.mdx`);
    expect(data['title']).toBe('合成测试页面 7');
    expect(data['summary']).toMatch(/^这是合成测试页面，不是真实案例/);
    expect(body.trim().split('\n')[0]).toContain('这是合成测试页面，不是真实案例。');
  });
  it('passes the case schema: fields, vocabularies, limits, loss and outcome agreeing', () => {
    for (const { text } of made) {
      const { data } = split(text);
      expect(Object.keys(data).sort()).toEqual([
        'audiences',
        'channel',
        'guide',
        'loss',
        'outcome',
        'published',
        'summary',
        'title',
        'victim',
      ]);
      expect(String(data['title']).length).toBeLessThanOrEqual(40);
      expect(String(data['summary']).length).toBeLessThanOrEqual(140);
      expect(CHANNELS).toContain(data['channel']);
      expect(OUTCOMES).toContain(data['outcome']);
      const victim = data['victim'] as { age: string; occupation: string };
      expect(AGE_BANDS).toContain(victim.age);
      expect(victim.occupation.length).toBeLessThanOrEqual(20);
      expect(data['loss'] === 0).toBe(data['outcome'] === '被成功劝阻');
      expect(String(data['published'])).toMatch(/^2026-01-\d\d$/);
    }
  });
  it("speaks only to audiences its guide lists (the build's consistency check)", () => {
    for (const { text } of made) {
      const { data } = split(text);
      const guide = pool.guides.find((g) => g.id === data['guide']);
      expect(guide).toBeDefined();
      for (const a of data['audiences'] as string[]) expect(guide!.audiences).toContain(a);
    }
  });
  it('has the sections 经过 → 破绽 → 警方提示, as long as a real case, with nothing MDX would parse', () => {
    for (const { text } of made) {
      const { body } = split(text);
      expect([...body.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([...CASE_SECTIONS]);
      expect(body.length).toBeGreaterThan(1000);
      expect(body.length).toBeLessThan(3500);
      expect(body.replace(/`npm run bench`/, '')).not.toMatch(/[{}<>]/);
    }
  });
  it('is the same for the same seed, and varies from page to page', () => {
    expect(syntheticCase(3, pool, seededRandom(9))).toEqual(
      syntheticCase(3, pool, seededRandom(9)),
    );
    const bodies = new Set(made.map((m) => split(m.text).body));
    expect(bodies.size).toBe(made.length);
  });
});
