/**
 * 可疑信息自查 on realistic messages (tests/fixtures/check-messages.yaml, written without looking at
 * the signs): each scam message names its own type among the first two, and no ordinary message
 * names a type as likely. Run with the signs exactly as the built /check/ page fetches them (/check/data.json),
 * through the same code the page runs (src/lib/signals.ts). The page itself is tested in a
 * browser in tests/e2e/check.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CheckData } from '../../src/data/signals';
import { checkText } from '../../src/lib/signals';
import { readCollection } from '../support/content-files';
import { builtJsonFile } from '../support/dist';

interface Messages {
  scam: { kind: string; guide: string; text: string }[];
  ordinary: { kind: string; text: string }[];
}
const messages = parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/check-messages.yaml'), 'utf8'),
) as Messages;

/** The checker's data exactly as the built page fetches it. */
const data = builtJsonFile<CheckData>('/check/data.json');
const order = data.guides.map((g) => g.id);
const named = (text: string) => {
  const result = checkText(text, data.matchers, order);
  return [...result.likely, ...result.possible].map((s) => s.guide);
};

describe('the message set', () => {
  it('has at least 40 scam messages, every guide at least twice, and 10 ordinary ones', () => {
    expect(messages.scam.length).toBeGreaterThanOrEqual(40);
    expect(messages.ordinary.length).toBeGreaterThanOrEqual(10);
    for (const guide of readCollection('guides')) {
      expect(
        messages.scam.filter((m) => m.guide === guide.id).length,
        guide.id,
      ).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('可疑信息自查 on realistic messages', () => {
  it('every guide has warning signs of its own', () => {
    for (const guide of data.guides) {
      expect(
        data.matchers.some((m) => m.guides.includes(guide.id)),
        guide.id,
      ).toBe(true);
    }
  });

  it('names the scam type of every scam message among the first two', () => {
    const misses = messages.scam
      .map((m) => ({ ...m, named: named(m.text).slice(0, 2) }))
      .filter((m) => !m.named.includes(m.guide))
      .map(
        (m) => `${m.guide} ← ${m.text.slice(0, 40)}… (named: ${m.named.join(', ') || 'nothing'})`,
      );
    expect(misses).toEqual([]);
  });

  it('names no type as likely for an ordinary message', () => {
    const wrong = messages.ordinary
      .map((m) => ({ ...m, likely: checkText(m.text, data.matchers, order).likely }))
      .filter((m) => m.likely.length > 0)
      .map(
        (m) =>
          `${m.text.slice(0, 40)}… → ${m.likely.map((s) => `${s.guide} (${s.score})`).join(', ')}`,
      );
    expect(wrong).toEqual([]);
  });
});
