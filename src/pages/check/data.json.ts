/**
 * /check/data.json: what 可疑信息自查 checks a message against (src/data/signals.ts): every warning
 * sign with its reason, and the guides it points to. Fetched by the page's script as the page
 * opens rather than carried in its HTML, which then paints in one round trip; the offline copy
 * keeps it with the page.
 */
import type { APIRoute } from 'astro';
import { checkData } from '../../data/signals';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await checkData()), {
    headers: { 'Content-Type': 'application/json' },
  });
