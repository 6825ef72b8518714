/**
 * The QR code of each page that /toolkit/ lists, as a small SVG file (qrImageUrl), so the toolkit
 * shows dozens of codes as lazy images instead of carrying them all in its HTML. Same code as the
 * page's share bar (src/lib/qr.ts): error correction M, the standard quiet zone.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { toolkitGroups } from '../../data/toolkit';
import { imageName } from '../../data/urls';
import { t } from '../../i18n/zh-CN';
import { qrSvg } from '../../lib/qr';

export const getStaticPaths = (async () =>
  (await toolkitGroups())
    .flatMap((group) => group.items)
    .filter((item) => item.qr)
    .map((item) => ({
      params: { page: imageName(item.url) },
      props: { path: item.url },
    }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const url = new URL(props.path, site).href;
  const svg = await qrSvg(url, t('share.qrLabel', { url }));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
