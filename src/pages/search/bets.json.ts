/**
 * /search/bets.json: the search page's best bets (src/data/search-bets.ts), fetched by the search
 * page as it opens rather than carried in its HTML, which then paints in one round trip. After
 * Pagefind has indexed the site, src/integrations/pagefind.ts adds each entry's Pagefind page id,
 * so the page can tell which results are best bets without downloading them.
 */
import type { APIRoute } from 'astro';
import { searchBets } from '../../data/search-bets';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchBets()), {
    headers: { 'Content-Type': 'application/json' },
  });
