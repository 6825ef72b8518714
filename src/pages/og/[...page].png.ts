/**
 * The link-preview image (og:image, 1200×630 PNG) of every page with a share bar, and the site's
 * own (/og/site.png, the home page's) that every other page uses: ogImageUrl(page).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { imageFonts, imageWords, ogImagePages } from '../../data/share-images';
import { imageName } from '../../data/urls';
import { renderOgImage } from '../../lib/poster';

export const getStaticPaths = (async () =>
  (await ogImagePages()).map((page) => ({
    params: { page: imageName(page.path) },
    props: page,
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const url = new URL(props.path, site).href;
  const png = await renderOgImage({ ...props.content, url }, imageWords, imageFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
