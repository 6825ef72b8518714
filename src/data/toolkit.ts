/**
 * What /toolkit/ (宣讲工具箱) lists, grouped as the site is: for each page its address, its QR code
 * image, and the ways to use it in a talk — print it, present it, download its poster. Class-kit
 * pieces are printed and presented on their own; their QR code is their page's.
 */
import { t } from '../i18n/zh-CN';
import { printablePieces } from '../lib/printables';
import { getAudiences, getGuides, getPage } from './content';
import { getSong } from './song';
import {
  audienceUrl,
  guideUrl,
  PAGES,
  posterUrl,
  presentPieceUrl,
  presentUrl,
  printUrl,
  qrImageUrl,
  quizClassUrl,
  quizUrl,
  withFragment,
} from './urls';

interface ToolkitItem {
  title: string;
  url: string;
  /** The page's QR code image (a class-kit piece shows its page's). */
  qr: string | undefined;
  print?: string;
  present?: string;
  poster?: string;
}

export interface ToolkitGroup {
  heading: string;
  items: ToolkitItem[];
}

/** A page with a deck and a poster: help, guides, audience pages. */
const full = (title: string, url: string): ToolkitItem => ({
  title,
  url,
  qr: qrImageUrl(url),
  print: printUrl(url),
  present: presentUrl(url),
  poster: posterUrl(url),
});

const plain = (title: string, url: string): ToolkitItem => ({
  title,
  url,
  qr: qrImageUrl(url),
  print: printUrl(url),
});

export async function toolkitGroups(): Promise<ToolkitGroup[]> {
  const [guides, audiences, help, app, campaign, song] = await Promise.all([
    getGuides(),
    getAudiences(),
    getPage('help'),
    getPage('app'),
    getPage('campaign'),
    getSong(),
  ]);
  return [
    {
      heading: t('toolkit.groupHelp'),
      items: [full(help.data.title, PAGES.help), plain(app.data.title, PAGES.app)],
    },
    {
      heading: t('toolkit.groupGuides'),
      items: guides.map((g) => full(g.data.title, guideUrl(g.id))),
    },
    {
      heading: t('toolkit.groupAudiences'),
      items: audiences.map((a) => full(a.data.title, audienceUrl(a.id))),
    },
    {
      heading: t('toolkit.groupKit'),
      items: audiences.flatMap((a) =>
        printablePieces(a.body ?? '').map((piece) => ({
          title: `${piece.title}（${a.data.name}）`,
          url: withFragment(audienceUrl(a.id), piece.id),
          qr: undefined,
          print: printUrl(audienceUrl(a.id), piece.id),
          present: presentPieceUrl(a.id, piece.id),
        })),
      ),
    },
    {
      heading: t('toolkit.groupQuiz'),
      items: audiences.map((a) => ({
        title: t('toolkit.quizFor', { name: a.data.name }),
        url: quizUrl(a.id),
        qr: qrImageUrl(quizUrl(a.id)),
        present: quizClassUrl(a.id),
      })),
    },
    {
      heading: t('toolkit.groupMore'),
      items: [
        plain(t('song.title', { title: song.entry.data.title }), PAGES.song),
        plain(campaign.data.title, PAGES.campaign),
      ],
    },
  ];
}
