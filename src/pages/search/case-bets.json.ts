/**
 * /search/case-bets.json: the case studies' best bets (their exact titles), fetched by the search
 * page only when the reader searches the case studies too; src/integrations/pagefind.ts adds each
 * one's id in the case studies' Pagefind bundle.
 */
import type { APIRoute } from 'astro';
import { caseBets } from '../../data/search-bets';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await caseBets()), {
    headers: { 'Content-Type': 'application/json' },
  });
