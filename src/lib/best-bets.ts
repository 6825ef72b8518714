/**
 * "Best bets" for search: a reader who types a scam's colloquial name (杀猪盘), or a
 * sentence that contains one (警察打电话说我涉嫌洗钱), gets that guide first, whatever
 * Pagefind's ranking does with long pages. GOV.UK's search does the same with its best bets.
 * Pure functions: the search page runs them in the browser, the tests in Node.
 *
 * Aliases are written like the warning signs' phrases (src/lib/signals.ts): spacing, punctuation,
 * case and full-width forms do not matter, and `*` stands for up to a few other characters
 * (骗局*哪些 finds 现在常见的骗局都有哪些).
 */
import { fold, phraseSource } from './signals';

export interface BetEntry {
  url: string;
  title: string;
  /** The one-line rule, shown under the title. */
  rule: string;
  /** Colloquial names and phrasings that should find this entry. */
  aliases: readonly string[];
  /**
   * Matched only when the query is the title or contains it whole, never by a part of it: for case
   * studies, whose titles share words with their guide's and would otherwise crowd it out.
   */
  whole?: boolean;
  /** For a case study: its guide's address (the search page names the guide it belongs to). */
  guide?: string;
  /** The page's Pagefind id, added after indexing (src/integrations/pagefind.ts); absent if not indexed. */
  id?: string;
}

/** Score of a query that is exactly a title or alias. */
const EXACT = 3;
/** Shortest alias (after normalising) that may match inside a longer query. */
const MIN_INNER = 2;

/** Lower case, without spaces or punctuation (Chinese or Latin), so 安全 账户！ ≈ 安全账户. */
export function normalise(text: string): string {
  return fold(text).text;
}

/** How well `query` (normalised) matches one alias as written; 0 when it does not. */
function aliasMatch(query: string, alias: string, whole = false): number {
  if (!alias.includes('*')) return matchScore(query, normalise(alias), whole);
  // A gapped alias: only a query that contains it, scored by the characters it names.
  const named = normalise(alias).length;
  return new RegExp(phraseSource(alias), 'u').test(query) ? 2 + Math.min(named, 20) / 100 : 0;
}

/**
 * How well `query` (normalised, never empty: bestBets stops before) matches one alias
 * (normalised); 0 when it does not. An alias that normalises to nothing matches no query.
 */
function matchScore(query: string, alias: string, whole: boolean): number {
  if (query === alias) return EXACT;
  // The query contains the alias: a sentence that names the trick. Longer aliases are surer.
  if (alias.length >= MIN_INNER && query.includes(alias))
    return 2 + Math.min(alias.length, 20) / 100;
  // The query is part of an alias: 杀猪 → 杀猪盘.
  if (!whole && query.length >= MIN_INNER && alias.includes(query))
    return 1 + Math.min(query.length, 20) / 100;
  return 0;
}

/** How well the query matches an entry by its title and aliases; 0 when it does not. */
function aliasScore(query: string, entry: BetEntry): number {
  const q = normalise(query);
  return Math.max(0, ...[entry.title, ...entry.aliases].map((a) => aliasMatch(q, a, entry.whole)));
}

/**
 * Entries whose title or aliases match the query, best first, at most `limit`. `boost` adds to an
 * entry's score what other evidence says (the search page: the warning signs a sentence shows,
 * src/lib/signals.ts); an entry with no alias match is shown when its boost alone is above 0.
 * Equal scores go to the higher `tieBreak` (the search page: Pagefind's rank), then to the
 * earlier entry.
 */
export function bestBets<T extends BetEntry>(
  query: string,
  entries: readonly T[],
  limit = 3,
  boost: (entry: T) => number = () => 0,
  // Stryker disable next-line ArrowFunction: with no tie-break (NaN) ties fall to the index anyway
  tieBreak: (entry: T) => number = () => 0,
): T[] {
  if (normalise(query).length === 0) return [];
  return entries
    .map((entry, index) => {
      const alias = aliasScore(query, entry);
      // A query that is exactly an entry's title or alias finds that entry first, whatever else.
      return {
        entry,
        index,
        exact: alias === EXACT,
        score: alias + boost(entry),
        tie: tieBreak(entry),
      };
    })
    .filter((s) => s.score > 0)
    .sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.score - a.score ||
        b.tie - a.tie ||
        a.index - b.index,
    )
    .slice(0, limit)
    .map((s) => s.entry);
}
