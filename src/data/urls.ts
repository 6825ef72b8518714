/**
 * Every page address of the site, built in one place. These addresses are printed on leaflets
 * and put in QR codes, so they never change (PRODUCT.md fixes them) and nothing else builds one
 * by hand. Plain TypeScript (no content access), so the client, src/lib and tests can use it;
 * tests/build/urls.test.ts checks that every address it can produce exists in dist/.
 */

/** Pages with one fixed address. */
export const PAGES = {
  home: '/',
  help: '/help/',
  guides: '/guides/',
  cases: '/cases/',
  audiences: '/for/',
  search: '/search/',
  check: '/check/',
  app: '/app/',
  song: '/song/',
  campaign: '/campaign/',
  about: '/about/',
  toolkit: '/toolkit/',
  toolkitLed: '/toolkit/led/',
  quiz: '/quiz/',
  casesFeed: '/cases/rss.xml',
  rehearsals: '/quiz/rehearsal/',
  /** Shown by the offline worker for a page not saved on this device (not in the sitemap). */
  offline: '/offline/',
  alerts: '/alerts/',
  alertsFeed: '/alerts/rss.xml',
  calendar: '/alerts/calendar/',
} as const;

/** A scam-type guide: /guides/<slug>/. */
export const guideUrl = (slug: string): string => `/guides/${slug}/`;
/** The guide index narrowed to one audience: /guides/for/<audience>/. */
export const guidesForUrl = (audience: string): string => `/guides/for/${audience}/`;
/** A case study: /cases/<slug>/. */
export const caseUrl = (slug: string): string => `/cases/${slug}/`;
/**
 * Page `page` of a list split into pages (src/lib/pagination.ts): the first is the list's own
 * address, the next ones add their number: /cases/, /cases/2/, /cases/3/…
 */
const pagedUrl = (list: string, page: number): string => (page > 1 ? `${list}${page}/` : list);
/** Page `page` of the case library, newest first: /cases/, then /cases/2/… */
export const casesPageUrl = (page = 1): string => pagedUrl(PAGES.cases, page);
/**
 * The case library narrowed to one value of one filter: /cases/<filter>/<value>/, its later pages
 * /cases/<filter>/<value>/2/…
 */
export const caseFilterUrl = (filter: string, value: string, page = 1): string =>
  pagedUrl(`/cases/${filter}/${value}/`, page);
/** An alert (近期提醒): /alerts/<slug>/. */
export const alertUrl = (slug: string): string => `/alerts/${slug}/`;
/** A scam rehearsal (防骗演练): /quiz/rehearsal/<slug>/. */
export const rehearsalUrl = (slug: string): string => `/quiz/rehearsal/${slug}/`;
/** An audience page: /for/<audience>/. */
export const audienceUrl = (slug: string): string => `/for/${slug}/`;
/** A file of the campaign song (its recording), served beside /song/. */
export const songFileUrl = (file: string): string => `/song/${file}`;
/**
 * A page opened to print at once (/toolkit/'s 打印 links): the whole page, or with `piece` one
 * class-kit piece of it (src/client/print.ts reads ?print).
 */
export const printUrl = (pageUrl: string, piece?: string): string =>
  `${pageUrl}?print${piece ? `=${encodeURIComponent(piece)}` : ''}`;
/** A place inside a page (a printable piece, a section). */
export const withFragment = (url: string, id: string): string => `${url}#${id}`;

/**
 * The presentation (slide) version of a page: /present/ followed by the page's own address, e.g.
 * /present/guides/shuadan-fanli/, /present/help/. A class-kit piece of an audience page has its own
 * deck: /present/for/<audience>/<piece>/.
 */
export const presentUrl = (pageUrl: string): string => `/present${pageUrl}`;
export const presentPieceUrl = (audience: string, piece: string): string =>
  presentUrl(`${audienceUrl(audience)}${piece}/`);

/** The self-test over the whole question bank (/quiz/), or one audience's (/quiz/<audience>/). */
export const quizUrl = (audience?: string): string =>
  audience ? `${PAGES.quiz}${audience}/` : PAGES.quiz;
/**
 * The classroom (projector) version of an audience's quiz: /quiz/<audience>/class/. Out of the
 * sitemap like /present/, canonical to the student quiz.
 */
export const quizClassUrl = (audience: string): string => `${quizUrl(audience)}class/`;

/** A page address without its slashes, as the name of its images: /guides/x/ → guides/x, / → site. */
export const imageName = (pagePath: string): string => pagePath.replace(/^\/|\/$/g, '') || 'site';
/**
 * The share poster (1080×1440 PNG) of a guide, an audience page or /help/, by page address:
 * /guides/x/ → /posters/guides/x.png. A download, not part of any page's weight.
 */
export const posterUrl = (pagePath: string): string => `/posters/${imageName(pagePath)}.png`;
/** The link-preview image (og:image, 1200×630) of a page: /og/guides/x.png; the site's own: /og/site.png. */
export const ogImageUrl = (pagePath: string): string => `/og/${imageName(pagePath)}.png`;
/** A page's QR code as an image file, for the list on /toolkit/: /qr/guides/x.svg. */
export const qrImageUrl = (pagePath: string): string => `/qr/${imageName(pagePath)}.svg`;
/** A slogan wallpaper (1920×1080 PNG), by the slogan's id in content/slogans.yaml. */
export const wallpaperUrl = (id: string): string => `/wallpapers/${id}.png`;
