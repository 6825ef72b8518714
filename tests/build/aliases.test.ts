/**
 * Every colloquial name and phrasing a guide lists (and every best-bets entry's own title) finds
 * that entry in the top 3 of the best bets the search page shows first: the bets data as built
 * into dist/search/bets.json (what the search page fetches), run through the same code the page runs (src/lib/best-bets.ts).
 * A few of these also go through the real search box in tests/e2e/search.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { guideUrl } from '../../src/data/urls';
import { bestBets, type BetEntry } from '../../src/lib/best-bets';
import { readCollection } from '../support/content-files';
import { builtJsonFile } from '../support/dist';

/** The best-bets data exactly as the built search page carries it. */
const bets = builtJsonFile<BetEntry[]>('/search/bets.json');
/** With the case studies' own, as the page has them once the reader searches the cases too. */
const withCases = [...bets, ...builtJsonFile<BetEntry[]>('/search/case-bets.json')];

describe('best bets on the built search page', () => {
  it('carry every guide with all its aliases from content/', () => {
    for (const guide of readCollection('guides')) {
      const bet = bets.find((b) => b.url === guideUrl(guide.id));
      expect(bet, guide.id).toBeDefined();
      expect(bet!.aliases).toEqual(guide.data['aliases']);
    }
  });

  for (const entry of withCases) {
    it(`every alias of ${entry.url}, and its title, find it in the top 3`, () => {
      const misses = [entry.title, ...entry.aliases].filter(
        (alias) => !bestBets(alias, withCases, 3).some((b) => b.url === entry.url),
      );
      expect(misses).toEqual([]);
    });
  }
});
