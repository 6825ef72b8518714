/** A 1920×1080 wallpaper of each slogan in content/slogans.yaml (LED screens, slides), at wallpaperUrl(id). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { imageFonts, imageWords, wallpaperSlogans } from '../../data/share-images';
import { renderWallpaper } from '../../lib/poster';

export const getStaticPaths = (async () =>
  (await wallpaperSlogans()).map((slogan) => ({
    params: { id: slogan.id },
    props: slogan,
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await renderWallpaper(props.text, imageWords, imageFonts()), {
    headers: { 'Content-Type': 'image/png' },
  });
