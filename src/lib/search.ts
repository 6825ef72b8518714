/** Search helpers shared by the search page and its tests. */

/** Longest query passed to Pagefind; it gains nothing from more. Best bets read more (see below). */
export const MAX_QUERY_LENGTH = 100;
/**
 * Longest text the search page reads at all: a pasted SMS or chat (often 70–200 characters) is
 * read whole by the best bets and handed whole to 可疑信息自查; a pasted essay stays harmless.
 */
export const MAX_TEXT_LENGTH = 2_000;
/** Where the search page leaves a pasted message for /check/ (sessionStorage: this tab only). */
export const CHECK_HANDOVER_KEY = 'bingcheng-check-text';
/** From this length a query looks like a pasted message, and the page offers the checker. */
export const MESSAGE_LENGTH = 30;

/** `text` cut to at most `max` characters (code points: an emoji is never split). */
export function cutText(text: string, max = MAX_QUERY_LENGTH): string {
  return Array.from(text).slice(0, max).join('');
}

/**
 * The reader's query from a URL's search string (`?q=…`), with runs of white space made one
 * space, trimmed, and cut to `max` characters. Returns '' when there is none. The value is only
 * ever used as text (input value, Pagefind term), never as HTML.
 */
export function queryFromUrl(search: string, max = MAX_QUERY_LENGTH): string {
  const raw = new URLSearchParams(search).get('q') ?? '';
  return cutText(raw.replace(/\s+/g, ' ').trim(), max);
}

/** A piece of a result excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
} as const;

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27|nbsp);/g,
    (_, name: keyof typeof ENTITIES) => ENTITIES[name],
  );
}

/** Chinese characters and full-width punctuation. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Pagefind joins the text of block elements with a half-width ". ", which reads as a stray
 * dot in Chinese ("诈骗。. 骗子"): after Chinese it becomes nothing (after punctuation) or a
 * space. An excerpt that stops mid-sentence ends with "…", so "人物为化" reads as cut, not wrong.
 * (No regex lookbehind: Safari before 16.4 cannot parse it.)
 */
export function tidyExcerpt(excerpt: string): string {
  const tidy = excerpt
    .replace(
      /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])((?:<\/?mark>)*)\s*\.(?:\s+|$)/g,
      (_, before: string, tags: string) =>
        `${before}${tags}${/[\u3000-\u303f\uff00-\uffef]/.test(before) ? '' : ' '}`,
    )
    .trim();
  const last = tidy.replace(/<[^>]*>/g, '').slice(-1);
  return last && CJK.test(last) && !/[。！？；…）”」]/.test(last) ? `${tidy}…` : tidy;
}

/**
 * Pagefind's excerpt is escaped page text with <mark> around matched words. Turn it into
 * parts that the page renders with textContent, so nothing in it is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const tokens = tidyExcerpt(excerpt).split(/(<mark>|<\/mark>)/);
  let mark = false;
  for (const token of tokens) {
    if (token === '<mark>') mark = true;
    else if (token === '</mark>') mark = false;
    else {
      const text = decodeEntities(token.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/** A search hit reduced to what the merge needs. */
export interface Hit {
  id: string;
  score: number;
}

/**
 * Merges the hits of several single-word searches (the fallback for a long sentence that
 * matched nothing as a whole): a page found by more words ranks higher. Best first.
 */
export function mergeHits<T extends Hit>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { hit: T; score: number; words: number }>();
  for (const list of lists) {
    for (const hit of list) {
      const seen = merged.get(hit.id);
      if (seen) {
        seen.score += hit.score;
        seen.words += 1;
      } else merged.set(hit.id, { hit, score: hit.score, words: 1 });
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((m) => m.hit);
}

/**
 * Words of a query worth searching one by one: Chinese word segmentation where the browser
 * has it (Intl.Segmenter), otherwise the space-separated parts; words of one character dropped.
 */
export function queryWords(
  query: string,
  segmenter?: { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> },
): string[] {
  const raw = segmenter
    ? [...segmenter.segment(query)].filter((s) => s.isWordLike !== false).map((s) => s.segment)
    : query.split(/\s+/);
  return [...new Set(raw.map((w) => w.trim()).filter((w) => Array.from(w).length >= 2))];
}

/**
 * Most words a query hands Pagefind. Each word costs the index chunk that holds it (about 7 KB)
 * on a first search, so a pasted message of thirty words must not fetch thirty chunks; the best
 * bets and the warning signs read the whole text anyway.
 */
export const MAX_SEARCH_WORDS = 4;

/** Words of sentences and messages that say nothing about which scam it is. */
const FILLER = new Set(
  (
    '您好 你好 我们 你们 他们 她们 自己 如果 如需 请问 立即 马上 已经 可以 需要 进行 一个 这个 那个 ' +
    '什么 怎么 现在 还是 就是 然后 因为 所以 但是 否则 以下 以上 相关 有人 有个 说是 告诉 知道 ' +
    '还有 没有 不是 这样 那样 一下 一些 时候 今天 刚才 刚刚 突然 真的 应该 怎么办 是不是'
  ).split(' '),
);

/**
 * What Pagefind is asked: a short query as typed (Pagefind segments it itself); a longer one as
 * its most telling words — fillers left out, longer words first, at most MAX_SEARCH_WORDS, in the
 * reader's order — so that a whole sentence or a pasted SMS fetches a few index chunks, not one
 * per word. `words` are what a search word by word uses when no page holds all of them.
 */
export function searchTerms(
  query: string,
  segmenter?: { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> },
): { query: string; words: string[] } {
  const words = queryWords(query, segmenter);
  const segments = segmenter
    ? [...segmenter.segment(query)].filter((s) => s.isWordLike !== false).length
    : words.length;
  if (segments <= MAX_SEARCH_WORDS) return { query, words };
  const telling = words.filter((w) => !FILLER.has(w));
  const pool = telling.length > 0 ? telling : words;
  const chosen = pool
    .map((word, at) => ({ word, at }))
    .sort((a, b) => Array.from(b.word).length - Array.from(a.word).length || a.at - b.at)
    .slice(0, MAX_SEARCH_WORDS)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.word);
  return chosen.length > 0 ? { query: chosen.join(' '), words: chosen } : { query, words };
}

/** What the reordering below needs of a result: its address and, for a case study, its guide's. */
export interface Placed {
  url: string;
  guideUrl?: string | undefined;
}

/**
 * A case study never comes before its own guide: where both are among the results, the guide
 * moves up to just before the first of its cases (the guide explains the whole scam; the case
 * tells one story of it). Otherwise the order stays as ranked.
 */
export function guidesBeforeTheirCases<T extends Placed>(results: readonly T[]): T[] {
  const out: T[] = [];
  const moved = new Set<string>();
  for (const result of results) {
    if (moved.has(result.url)) continue;
    const guide = result.guideUrl ? results.find((r) => r.url === result.guideUrl) : undefined;
    if (guide && !out.includes(guide)) {
      out.push(guide);
      moved.add(guide.url);
    }
    out.push(result);
  }
  return out;
}
