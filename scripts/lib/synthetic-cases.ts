/**
 * Synthetic case pages for the bench's scale run (scripts/lib/scale.ts): clearly fake pages, titled
 * 合成测试页面 N and saying so first thing in the body, made of real sentences from content/ in a
 * shuffled order, so that the search index grows as a real library of cases would. They pass the
 * content schema and the build's checks (sections 经过 → 破绽 → 警方提示, a case's audiences among
 * its guide's). Written only into a temporary copy of the project, never into content/.
 * Pure: the sentences, guides and random numbers are passed in (unit-tested in tests/unit).
 */
import { AGE_BANDS, CHANNELS, OUTCOMES } from '../../src/lib/taxonomy.ts';

/** File names (and so case ids) of synthetic pages start with this. */
export const SYNTHETIC_PREFIX = 'synthetic-';

/** A repeatable stream of numbers in [0, 1) (mulberry32), so a run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The plain sentences of an MDX body: markdown marks and links reduced to their text; lines with
 * components, expressions or HTML dropped (a stray `{` or `<` would not compile as MDX); headings
 * and very short fragments dropped.
 */
export function sentencesOf(body: string): string[] {
  const text = body
    .split('\n')
    .filter((line) => !/^\s*(#|<|\||import |export )/.test(line))
    .map((line) =>
      line
        .replace(/^\s*([-*]|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|__|`/g, ''),
    )
    .join('\n');
  return (text.match(/[^。！？\n]+[。！？]/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 8 && !/[{}<>[\]*_#|`\\]/.test(s));
}

export interface SyntheticPool {
  /** Real sentences to draw from (sentencesOf over content/). */
  sentences: readonly string[];
  /** Guides a synthetic case may belong to, with the audiences each lists. */
  guides: readonly { id: string; audiences: readonly string[] }[];
}

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)]!;

function paragraph(pool: SyntheticPool, random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => pick(pool.sentences, random)).join('');
}

/** YAML scalar in double quotes (the sentences hold colons and quotation marks). */
const quoted = (s: string) => JSON.stringify(s);

/**
 * Synthetic case number `n`: its file name and MDX text. Roughly as long as a real case
 * (1,500–2,500 characters): three sections of a few paragraphs each.
 */
export function syntheticCase(
  n: number,
  pool: SyntheticPool,
  random: () => number,
): { file: string; text: string } {
  const guide = pick(pool.guides, random);
  const audience = pick(guide.audiences, random);
  const outcome = pick(OUTCOMES, random);
  const loss = outcome === '被成功劝阻' ? 0 : 1000 + Math.floor(random() * 200) * 500;
  const day = 1 + Math.floor(random() * 28);
  const section = (heading: string, paragraphs: number) =>
    [
      `## ${heading}`,
      ...Array.from({ length: paragraphs }, () =>
        paragraph(pool, random, 3 + Math.floor(random() * 3)),
      ),
    ].join('\n\n');
  const text = `---
title: ${quoted(`合成测试页面 ${n}`)}
summary: ${quoted(`这是合成测试页面，不是真实案例，只用于测量网站的规模。${pick(pool.sentences, random)}`.slice(0, 140))}
guide: ${guide.id}
audiences: [${audience}]
channel: ${quoted(pick(CHANNELS, random))}
victim: { age: ${quoted(pick(AGE_BANDS, random))}, occupation: 合成测试 }
loss: ${loss}
outcome: ${outcome}
published: 2026-01-${String(day).padStart(2, '0')}
---

**这是合成测试页面，不是真实案例。** 它由 \`npm run bench\` 的规模测试在临时副本里生成，句子取自本站内容、顺序打乱，只用于测量构建时间和搜索索引的大小。

${section('经过', 5 + Math.floor(random() * 3))}

${section('破绽', 4 + Math.floor(random() * 2))}

${section('警方提示', 3 + Math.floor(random() * 2))}
`;
  return { file: `${SYNTHETIC_PREFIX}${n}.mdx`, text };
}
