/** The case library's editorial bars: enough cases, spread over every guide, audience and channel. */
import { describe, expect, it } from 'vitest';
import { CHANNELS, OUTCOMES } from '../../src/lib/taxonomy';
import { chineseChars, readCollection } from '../support/content-files';

const cases = readCollection('cases');
const guides = readCollection('guides').map((g) => g.id);
const audiences = readCollection('audiences').map((a) => a.id);

describe('case library', () => {
  it('has at least 32 cases, at least 2 for every guide', () => {
    expect(cases.length).toBeGreaterThanOrEqual(32);
    for (const g of guides)
      expect(cases.filter((c) => c.data['guide'] === g).length, g).toBeGreaterThanOrEqual(2);
  });
  it('covers every audience, every channel and every outcome', () => {
    expect([...new Set(cases.flatMap((c) => c.data['audiences'] as string[]))].sort()).toEqual(
      [...audiences].sort(),
    );
    expect([...new Set(cases.map((c) => c.data['channel']))].sort()).toEqual([...CHANNELS].sort());
    expect([...new Set(cases.map((c) => c.data['outcome']))].sort()).toEqual([...OUTCOMES].sort());
  });
  it('has stories where a 96110 call, a bank teller and a family member stopped it', () => {
    const stopped = cases.filter((c) => c.data['outcome'] === '被成功劝阻').map((c) => c.body);
    expect(stopped.some((b) => b.includes('96110'))).toBe(true);
    expect(stopped.some((b) => /柜员|银行工作人员/.test(b))).toBe(true);
    expect(stopped.some((b) => /女儿|儿子|家人|妈妈|爸爸|老伴|孙子/.test(b))).toBe(true);
  });
  for (const c of cases) {
    it(`${c.file}: at least 600 Chinese characters and a relative timeline`, () => {
      expect(chineseChars(c.body)).toBeGreaterThanOrEqual(600);
      expect(c.body).toMatch(/\*\*第1天/);
      expect(c.body).not.toMatch(/20\d\d年\d+月\d+日/);
    });
  }
});
