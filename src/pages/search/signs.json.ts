/**
 * /search/signs.json: the warning signs of 可疑信息自查 (src/data/signals.ts), only what scoring
 * needs (the reasons and labels are for /check/). The search page fetches them only for a query
 * long enough to show a sign: a sentence that shows a scam's signs puts its guide first.
 */
import type { APIRoute } from 'astro';
import { checkData } from '../../data/signals';

export const GET: APIRoute = async () => {
  const signs = (await checkData()).matchers.map(({ reason: _, label: __, ...scoring }) => scoring);
  return new Response(JSON.stringify(signs), { headers: { 'Content-Type': 'application/json' } });
};
