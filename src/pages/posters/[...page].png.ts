/** The share poster (1080×1440 PNG) of each guide, audience page and /help/, at posterUrl(page). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { imageFonts, imageWords, posterPages } from '../../data/share-images';
import { imageName } from '../../data/urls';
import { renderPoster } from '../../lib/poster';

export const getStaticPaths = (async () =>
  (await posterPages()).map((page) => ({
    params: { page: imageName(page.path) },
    props: page,
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const url = new URL(props.path, site).href;
  const png = await renderPoster({ ...props.content, url }, imageWords, imageFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
