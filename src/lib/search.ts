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
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join('') : text;
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

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27|nbsp);/g,
    (_, name: string) => ENTITIES[name] ?? '',
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
