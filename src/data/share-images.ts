/**
 * What the share images show, gathered from content (src/lib/poster.ts draws them): the poster of
 * each guide, audience page and /help/, the link-preview image (og:image) of every page with a
 * share bar plus one for the site, and a wallpaper per slogan. Only words the pages already show:
 * the title, the guide's 识别口诀 or the page's summary, and three key points from the body
 * (src/lib/key-points.ts). Also the font files, read once per build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { t } from '../i18n/zh-CN';
import { keyPoints } from '../lib/key-points';
import type { ShareImageContent, ShareImageFonts, ShareImageWords } from '../lib/poster';
import { getAlerts, getAudiences, getCases, getGuides, getPage, getSlogans } from './content';
import { getSong } from './song';
import { alertUrl, audienceUrl, caseUrl, guideUrl, PAGES } from './urls';

/** One page's images: its address and what they show (the QR code's absolute address aside). */
export type ShareImagePage = {
  path: string;
  content: Omit<ShareImageContent, 'url'>;
};

/**
 * `npm run bench`'s scale run builds thousands of synthetic case pages in a temporary copy of the
 * project (scripts/lib/scale.ts). Drawing a link-preview image for each would take hours, so there
 * this variable holds their file-name prefix and they get none (their og:image then names a file
 * that copy lacks; it is never published). Unset in every real build.
 */
const SYNTHETIC_CASES = process.env['BENCH_SYNTHETIC_CASES'];
const isSynthetic = (id: string) => Boolean(SYNTHETIC_CASES) && id.startsWith(SYNTHETIC_CASES!);

/** The site's fixed words on every image. */
export const imageWords: ShareImageWords = {
  site: t('image.site'),
  police: t('image.110'),
  antiFraudLine: t('image.96110'),
  scan: t('image.scan'),
};

let fonts: ShareImageFonts | undefined;
/**
 * Noto Sans SC (SIL Open Font License) from the npm package @expo-google-fonts/noto-sans-sc:
 * plain TTF, which satori reads (it reads no WOFF2). Installed with the project, so the images
 * never depend on the fonts of the machine that builds. Read once; satori parses each once.
 */
export function imageFonts(): ShareImageFonts {
  const require = createRequire(import.meta.url);
  fonts ??= {
    regular: readFileSync(
      require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    ),
    bold: readFileSync(
      require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
    ),
  };
  return fonts;
}

/** Pages with a poster: every guide, every audience page, /help/. */
export async function posterPages(): Promise<ShareImagePage[]> {
  const file = (entry: { filePath?: string | undefined; id: string }, folder: string) =>
    entry.filePath ?? `content/${folder}/${entry.id}.mdx`;
  const guides = (await getGuides()).map((g) => ({
    path: guideUrl(g.id),
    content: {
      title: g.data.title,
      lineLabel: t('guide.rule'),
      line: g.data.rule,
      pointsLabel: t('image.points.guide'),
      points: keyPoints(g.body ?? '', t('image.points.guide'), file(g, 'guides')),
    },
  }));
  const audiences = (await getAudiences()).map((a) => ({
    path: audienceUrl(a.id),
    content: {
      title: a.data.title,
      lineLabel: '',
      line: a.data.summary,
      pointsLabel: t('image.points.audience'),
      points: keyPoints(a.body ?? '', t('image.points.audience'), file(a, 'audiences')),
    },
  }));
  const help = await getPage('help');
  return [
    ...guides,
    ...audiences,
    {
      path: PAGES.help,
      content: {
        title: help.data.title,
        lineLabel: '',
        line: help.data.summary,
        pointsLabel: t('image.points.help'),
        points: keyPoints(help.body ?? '', t('image.points.help'), file(help, 'pages')),
      },
    },
  ];
}

/**
 * Pages with their own link-preview image: those with a share bar (the posters' pages, cases,
 * alerts, /app/, /song/, /campaign/) and the home page, whose image every other page uses.
 */
export async function ogImagePages(): Promise<ShareImagePage[]> {
  const page = (path: string, title: string, line: string): ShareImagePage => ({
    path,
    content: { title, lineLabel: '', line, pointsLabel: '', points: [] },
  });
  const cases = (await getCases())
    .filter((c) => !isSynthetic(c.id))
    .map((c) => page(caseUrl(c.id), c.data.title, c.data.summary));
  // An alert's preview shows the sign to watch for, as its group message does.
  const alerts = (await getAlerts()).map((a) =>
    page(alertUrl(a.id), a.entry.data.title, a.entry.data.sign),
  );
  const pages = await Promise.all(
    (['app', 'campaign'] as const).map(async (id) => {
      const entry = await getPage(id);
      return page(PAGES[id], entry.data.title, entry.data.summary);
    }),
  );
  const song = await getSong();
  return [
    page(PAGES.home, t('site.name'), t('site.description')),
    ...(await posterPages()),
    ...cases,
    ...alerts,
    ...pages,
    page(PAGES.song, t('song.title', { title: song.entry.data.title }), t('song.lead')),
  ];
}

/** Every slogan, for its wallpaper. */
export async function wallpaperSlogans(): Promise<{ id: string; text: string }[]> {
  return (await getSlogans()).map((s) => ({ id: s.id, text: s.data.text }));
}
