/** Serves the official recording from content/song/ at /song/<file>, once the editors add it. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSong } from '../../data/song';

export const getStaticPaths = (async () => {
  const { audio } = await getSong();
  return audio
    ? [{ params: { file: audio.file }, props: { path: audio.path, type: audio.type } }]
    : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props['path'] as string), {
    headers: { 'Content-Type': props['type'] as string },
  });
