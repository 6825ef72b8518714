/** /prefs-init.js: the pre-paint reading-preferences script, built from the one storage key. */
import type { APIRoute } from 'astro';
import { prePaintScript } from '../lib/reading-prefs';

export const GET: APIRoute = () =>
  new Response(prePaintScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
