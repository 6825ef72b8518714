/**
 * 可疑信息自查 (/check/): finds the warning signs in a message the reader pasted and names the
 * scam types they point to. The signs are content (a guide's `signals`, and content/signals.yaml
 * for the general ones); this module turns them into matchers at build time and runs them in the
 * browser. Pure functions: the build, the page and the tests all call these.
 *
 * A phrase matches however the message writes it: spaces, punctuation, emoji and zero-width
 * characters between its characters are ignored (scammers write 安 全 账 户 to slip past
 * filters), as are case, full-width forms (ＱＱ = qq) and variant characters (帐户 = 账户).
 * `*` in a phrase stands for up to GAP other characters (转到*账户). A pattern is a regular
 * expression matched against the text as written (for links, which need their punctuation),
 * ignoring case.
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
  /** The sign does not count where the text warns against it (see isWarnedAgainst). */
  guarded?: boolean;
  /** Words that cancel the sign when they come shortly before it in the same clause. */
  notAfter?: readonly string[];
}

/** The most characters `*` in a phrase stands for. */
export const GAP = 8;
/** Longest text checked; beyond it the page says that only the start was checked. */
export const MAX_CHECK_LENGTH = 10_000;
/** Score from which a scam type is named as likely: one strong sign, or two signs. */
const NAME_SCORE = 2;

/** A clause ends at these: a guard word counts only within the sign's own clause. */
const CLAUSE_END = /[，。；！？,;!?\n]/;
/** How far before a sign a guard word (or a `notAfter` word) may come. */
const GUARD_BEFORE_CHARS = 12;
/** How far after a sign a word that names it as a scam may come. */
const GUARD_AFTER_CHARS = 20;
/**
 * Words of a warning before a sign: 不要/凡是/谨防…安全账户 is advice, not a scam. 别 only when
 * not 别人; 不 right before the sign too (不刷单).
 */
const WARNING_BEFORE =
  /不要|不能|不会|不许|不[点下开转向把给借租卖买出]|别(?!人)|勿|莫|没有|凡是|所谓|谨防|警惕|防范|讲解|揭秘|识别|识破|远离|严禁|禁止|冒充|有人让你|有人要你|如果有人|若有人|遇到|一旦/;
/** Words after a sign that name it as a scam: 安全账户是骗局. */
const WARNING_AFTER = /诈骗|骗局|骗子|陷阱|套路|为由/;

/** The part of `text` before `start` (or after `end`) within the same clause, at most `max` characters. */
function clauseBefore(text: string, start: number, max = GUARD_BEFORE_CHARS): string {
  const before = text.slice(Math.max(0, start - max), start);
  const parts = before.split(CLAUSE_END);
  return parts[parts.length - 1]!;
}
function clauseAfter(text: string, end: number, max = GUARD_AFTER_CHARS): string {
  return text.slice(end, end + max).split(CLAUSE_END)[0]!;
}

/**
 * Whether the text around [start, end) warns against what is there rather than asks for it: an
 * anti-fraud notice quotes the scam's words (不出租、不出借银行卡; 凡是让你共享屏幕的都是骗子).
 */
function isWarnedAgainst(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start);
  if (WARNING_BEFORE.test(before) || before.endsWith('不')) return true;
  // Scammers deny being one (这不是骗局，放心转): a denial is no warning.
  if (WARNING_AFTER.test(clauseAfter(text, end).replace(DENIAL, ''))) return true;
  // A sentence that talks about a scam as a scam (近期出现冒充客服的骗局，让你共享屏幕…).
  return WARNING_SENTENCE.test(sentenceAround(text, start, end).replace(DENIAL, ''));
}

const DENIAL = /不是(?:骗局|骗子|诈骗)/g;
/**
 * Words that make a whole sentence a warning about a scam. Not 骗子: scammers say 现在骗子多，
 * 请通过我们的安全账户… to sound careful.
 */
const WARNING_SENTENCE = /骗局|谨防|警惕|防骗|反诈宣传/;
const SENTENCE_END = /[。！？!?\n]/;

/** The sentence that holds [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).split(SENTENCE_END);
  return `${before[before.length - 1]}${text.slice(start, end)}${text.slice(end).split(SENTENCE_END)[0]}`;
}

/** Characters that never carry meaning in a phrase: spaces, punctuation, symbols, emoji, format marks. */
const IGNORED = /[\s\p{P}\p{S}\p{Cf}]/u;

/** Characters written for one another (帐户/账户): matched as the same. */
const VARIANTS: Readonly<Record<string, string>> = { 帐: '账' };

/** The text as phrases see it, with where each of its characters came from in the original. */
export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, the [start, end) of the original characters it came from. */
  from: readonly (readonly [number, number])[];
}

/** Lower case, full-width folded (NFKC), variants made one, without ignored characters; remembers positions. */
export function fold(original: string): Folded {
  let text = '';
  const from: (readonly [number, number])[] = [];
  let index = 0;
  for (const char of original) {
    const start = index;
    index += char.length;
    for (const out of (VARIANTS[char] ?? char).normalize('NFKC').toLowerCase()) {
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
  // iOS Safari before 16.4 (the site supports 12) cannot parse a lookbehind: the checker would stop.
  if (/\(\?<[=!]/.test(pattern))
    return `“${pattern}”用了后行断言 (?<= 或 (?<!，旧手机的浏览器不支持；改用 guarded 或 notAfter`;
  return undefined;
}

/** What finding and scoring a sign needs (the search page carries only this). */
export interface SignMatcher {
  /** Sources for the folded text (from phrases). */
  folded: string[];
  /** Sources for the original text (patterns). */
  raw: string[];
  /** Score the sign adds to each scam type it points to. */
  weight: number;
  /** Guide ids this sign points to. */
  guides: string[];
  /** See SignalSource. */
  guarded?: boolean;
  notAfter?: string[];
}

/** One sign, ready for the browser: its matcher and what /check/ shows. */
export interface Matcher extends SignMatcher {
  reason: string;
  /** For general signs: its short name. */
  label?: string;
}

export function toMatcher(
  source: SignalSource,
  guides: readonly string[],
  label?: string,
): Matcher {
  return {
    folded: source.phrases.map(phraseSource),
    raw: [...source.patterns],
    reason: source.reason,
    weight: source.strong ? 2 : 1,
    guides: [...guides],
    ...(label ? { label } : {}),
    ...(source.guarded ? { guarded: true } : {}),
    ...(source.notAfter?.length ? { notAfter: [...source.notAfter] } : {}),
  };
}

/** Whether a match at [start, end) of `text` counts for `matcher`. */
function counts(matcher: SignMatcher, text: string, start: number, end: number): boolean {
  if (matcher.guarded && isWarnedAgainst(text, start, end)) return false;
  if (!matcher.notAfter) return true;
  const before = clauseBefore(text, start);
  return !matcher.notAfter.some((word) => before.includes(word));
}

/** A sign found in the text. */
export interface Finding<M extends SignMatcher = Matcher> {
  matcher: M;
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

export interface CheckResult<M extends SignMatcher = Matcher> {
  /** The text checked (at most MAX_CHECK_LENGTH characters of what was given). */
  text: string;
  /** Whether the given text was longer and cut. */
  cut: boolean;
  findings: Finding<M>[];
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

/** Merges overlapping spans, in order. (Spans that start together merge whatever their order.) */
export function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Checks a message against the signs. `order` (guide ids) breaks ties. */
export function checkText<M extends SignMatcher>(
  input: string,
  matchers: readonly M[],
  order: readonly string[] = [],
): CheckResult<M> {
  const chars = Array.from(input);
  const cut = chars.length > MAX_CHECK_LENGTH;
  const text = cut ? chars.slice(0, MAX_CHECK_LENGTH).join('') : input;
  const folded = fold(text);
  const findings: Finding<M>[] = [];
  for (const matcher of matchers) {
    const spans: [number, number][] = [];
    for (const source of matcher.folded) {
      for (const [start, end] of allMatches(new RegExp(source, 'gu'), folded.text)) {
        spans.push([folded.from[start]![0], folded.from[end - 1]![1]]);
      }
    }
    for (const source of matcher.raw) spans.push(...allMatches(new RegExp(source, 'giu'), text));
    const counted = spans.filter(([start, end]) => counts(matcher, text, start, end));
    if (counted.length > 0) findings.push({ matcher, spans: mergeSpans(counted) });
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
export function markedPieces(
  text: string,
  findings: readonly Finding<SignMatcher>[],
): { text: string; mark: boolean }[] {
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
