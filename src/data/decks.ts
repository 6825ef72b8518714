/**
 * The presentation decks (/present/…): for every guide, audience page, each class-kit piece and
 * /help/. Each deck opens with the page's title and rule (or summary) beside its QR code, then the
 * slides made from the body (src/lib/slides.ts) or the editor's own `slides`, then the hotlines
 * and a last slide with the QR code and the address, so the hall can open the page on its phones.
 */
import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/zh-CN';
import { printablePieces } from '../lib/printables';
import { deckSlides, slidesFromMdx, type Slide, type SlideContext } from '../lib/slides';
import { getAudiences, getCases, getGuides, getPage, pick } from './content';
import { audienceUrl, guideUrl, PAGES, presentPieceUrl, presentUrl, withFragment } from './urls';

export interface Deck {
  /** The deck's own address (/present/…). */
  url: string;
  /** The page it presents: where Esc goes back to and what the QR code opens. */
  source: string;
  title: string;
  slides: Slide[];
}

async function contextFor(file: string): Promise<SlideContext> {
  const [guides, cases] = await Promise.all([getGuides(), getCases()]);
  return {
    file,
    linkText: (component, slug) => {
      const entries = component === 'CaseLink' ? cases : guides;
      const entry = entries.find((e) => e.id === slug);
      if (!entry) throw new Error(`${file}: <${component} slug="${slug}"> names no entry`);
      return entry.data.title;
    },
    words: {
      do: t('dodont.do'),
      dont: t('dodont.dont'),
      right: t('tf.right'),
      wrong: t('tf.wrong'),
      scammer: t('script.scammer'),
    },
  };
}

const fileOf = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

async function bodySlides(
  entry: { body?: string | undefined; filePath?: string | undefined; id: string },
  piece?: string,
): Promise<() => Slide[]> {
  const context = await contextFor(fileOf(entry));
  return () => slidesFromMdx(entry.body ?? '', context, piece);
}

async function guideDeck(guide: CollectionEntry<'guides'>): Promise<Deck> {
  const { title, rule, slides } = guide.data;
  return {
    url: presentUrl(guideUrl(guide.id)),
    source: guideUrl(guide.id),
    title,
    slides: deckSlides(title, rule, await bodySlides(guide), slides),
  };
}

async function audienceDecks(
  audience: CollectionEntry<'audiences'>,
  guides: readonly CollectionEntry<'guides'>[],
): Promise<Deck[]> {
  const { title, summary, slides } = audience.data;
  const source = audienceUrl(audience.id);
  const scams: Slide[] = pick(guides, audience.data.guides).map((g) => ({
    kind: 'point',
    section: t('audience.guides'),
    heading: g.data.title,
    text: [{ text: g.data.rule }],
    tone: 'danger',
  }));
  const intro: Slide[] = scams.length
    ? [{ kind: 'section', title: t('audience.guides') }, ...scams]
    : [];
  const body = await bodySlides(audience);
  const page: Deck = {
    url: presentUrl(source),
    source,
    title,
    slides: deckSlides(title, summary, () => [...intro, ...body()], slides),
  };
  const pieces = await Promise.all(
    printablePieces(audience.body ?? '').map(async (piece): Promise<Deck> => ({
      url: presentPieceUrl(audience.id, piece.id),
      source: withFragment(source, piece.id),
      title: piece.title,
      slides: deckSlides(piece.title, title, await bodySlides(audience, piece.id)),
    })),
  );
  return [page, ...pieces];
}

/** Every deck of the site, in the order /toolkit/ lists them. */
export async function getDecks(): Promise<Deck[]> {
  const [guides, audiences, help] = await Promise.all([
    getGuides(),
    getAudiences(),
    getPage('help'),
  ]);
  const helpDeck: Deck = {
    url: presentUrl(PAGES.help),
    source: PAGES.help,
    title: help.data.title,
    slides: deckSlides(
      help.data.title,
      help.data.summary,
      await bodySlides(help),
      help.data.slides,
    ),
  };
  return [
    helpDeck,
    ...(await Promise.all(guides.map(guideDeck))),
    ...(await Promise.all(audiences.map((a) => audienceDecks(a, guides)))).flat(),
  ];
}
