/**
 * 可疑信息自查 (/check/): finds the warning signs in a message the reader pasted and names the
 * scam types they point to. The signs are content (a guide's `signals`, and content/signals.yaml
 * for the general ones); this module turns them into matchers at build time and runs them in the
 * browser. Pure functions: the build, the page and the tests all call these.
 *
 * A phrase matches however the message writes it: spaces, punctuation, emoji and zero-width
 * characters between its characters are ignored (scammers write 安 全 账 户 to slip past
 * filters), as are case and full-width forms (ＱＱ = qq). `*` in a phrase stands for up to
 * GAP other characters (转到*账户). A pattern is a regular expression matched against the text
 * as written (for links, which need their punctuation), ignoring case.
 */

/** What an editor writes for one sign. */
export interface SignalSource {
  /** Phrases, any of which shows the sign; `*` = up to GAP other characters. */
  phrases: readonly string[];
  /** Regular expressions (JavaScript syntax), matched against the text as written. */
  patterns: readonly string[];
  /** One line: why this is a warning sign. */
  reason: string;
  /** This sign alone is enough to name the scam type. */
  strong: boolean;
}

/** The most characters `*` in a phrase stands for. */
export const GAP = 8;
/** Longest text checked; beyond it the page says that only the start was checked. */
export const MAX_CHECK_LENGTH = 10_000;
/** Score from which a scam type is named as likely: one strong sign, or two signs. */
export const NAME_SCORE = 2;

/** Characters that never carry meaning in a phrase: spaces, punctuation, symbols, emoji, format marks. */
const IGNORED = /[\s\p{P}\p{S}\p{Cf}]/u;

/** The text as phrases see it, with where each of its characters came from in the original. */
export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, the [start, end) of the original characters it came from. */
  from: readonly (readonly [number, number])[];
}

/** Lower case, full-width folded (NFKC), without ignored characters; remembers positions. */
export function fold(original: string): Folded {
  let text = '';
  const from: (readonly [number, number])[] = [];
  let index = 0;
  for (const char of original) {
    const start = index;
    index += char.length;
    for (const out of char.normalize('NFKC').toLowerCase()) {
      if (IGNORED.test(out)) continue;
      text += out;
      for (let i = 0; i < out.length; i++) from.push([start, index]);
    }
  }
  return { text, from };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression (source, for folded text) of one phrase. */
export function phraseSource(phrase: string): string {
  return phrase
    .split('*')
    .map((part) => escapeRegExp(fold(part).text))
    .filter(Boolean)
    .join(`[^]{0,${GAP}}`);
}

/**
 * What is wrong with a phrase as an editor wrote it, or undefined when it is usable: it needs
 * at least two characters that count, and `*` only between them.
 */
export function phraseProblem(phrase: string): string | undefined {
  const parts = phrase.split('*').map((part) => fold(part).text);
  if (parts.join('').length < 2) return `“${phrase}”：至少要有两个字（空格和标点不算）`;
  if (parts.some((part) => part === '')) return `“${phrase}”：* 只能写在两段文字之间`;
  return undefined;
}

/** What is wrong with a pattern, or undefined when it is usable. */
export function patternProblem(pattern: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'iu');
  } catch (error) {
    return `“${pattern}”不是有效的正则表达式：${(error as Error).message}`;
  }
  if (re.test('')) return `“${pattern}”能匹配空文字，会标出所有内容`;
  return undefined;
}

/** One sign, ready for the browser: regular-expression sources and what to show. */
export interface Matcher {
  /** Sources for the folded text (from phrases). */
  folded: string[];
  /** Sources for the original text (patterns). */
  raw: string[];
  reason: string;
  /** Score the sign adds to each scam type it points to. */
  weight: number;
  /** Guide ids this sign points to. */
  guides: string[];
  /** For general signs: its short name. */
  label?: string;
}

export function toMatcher(source: SignalSource, guides: readonly string[], label?: string): Matcher {
  return {
    folded: source.phrases.map(phraseSource),
    raw: [...source.patterns],
    reason: source.reason,
    weight: source.strong ? 2 : 1,
    guides: [...guides],
    ...(label ? { label } : {}),
  };
}

/** A sign found in the text. */
export interface Finding {
  matcher: Matcher;
  /** Where it shows in the original text, [start, end), in order. */
  spans: [number, number][];
}

/** A scam type the signs point to. */
export interface Suspect {
  guide: string;
  score: number;
  /** How many distinct signs point to it. */
  signs: number;
}

export interface CheckResult {
  /** The text checked (at most MAX_CHECK_LENGTH characters of what was given). */
  text: string;
  /** Whether the given text was longer and cut. */
  cut: boolean;
  findings: Finding[];
  /** Named scam types, most likely first: score ≥ NAME_SCORE. */
  likely: Suspect[];
  /** Other types a weaker sign points to, most likely first. */
  possible: Suspect[];
}

function allMatches(re: RegExp, text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** Merges overlapping spans, in order. */
export function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Checks a message against the signs. `order` (guide ids) breaks ties. */
export function checkText(input: string, matchers: readonly Matcher[], order: readonly string[] = []): CheckResult {
  const chars = Array.from(input);
  const cut = chars.length > MAX_CHECK_LENGTH;
  const text = cut ? chars.slice(0, MAX_CHECK_LENGTH).join('') : input;
  const folded = fold(text);
  const findings: Finding[] = [];
  for (const matcher of matchers) {
    const spans: [number, number][] = [];
    for (const source of matcher.folded) {
      for (const [start, end] of allMatches(new RegExp(source, 'gu'), folded.text)) {
        spans.push([folded.from[start]![0], folded.from[end - 1]![1]]);
      }
    }
    for (const source of matcher.raw) spans.push(...allMatches(new RegExp(source, 'giu'), text));
    if (spans.length > 0) findings.push({ matcher, spans: mergeSpans(spans) });
  }

  const scores = new Map<string, Suspect>();
  for (const { matcher } of findings) {
    for (const guide of matcher.guides) {
      const suspect = scores.get(guide) ?? { guide, score: 0, signs: 0 };
      suspect.score += matcher.weight;
      suspect.signs += 1;
      scores.set(guide, suspect);
    }
  }
  const rank = (guide: string) => {
    const i = order.indexOf(guide);
    return i === -1 ? order.length : i;
  };
  const ranked = [...scores.values()].sort(
    (a, b) => b.score - a.score || b.signs - a.signs || rank(a.guide) - rank(b.guide),
  );
  return {
    text,
    cut,
    findings: findings.sort((a, b) => a.spans[0]![0] - b.spans[0]![0]),
    likely: ranked.filter((s) => s.score >= NAME_SCORE),
    possible: ranked.filter((s) => s.score < NAME_SCORE),
  };
}

/** The text cut into plain and marked pieces, for rendering with textContent. */
export function markedPieces(text: string, findings: readonly Finding[]): { text: string; mark: boolean }[] {
  const spans = mergeSpans(findings.flatMap((f) => f.spans));
  const pieces: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
