/**
 * The search page's best bets (src/lib/best-bets.ts): every page a reader may look for by name or
 * in their own words, with the line shown under it.
 * - the guides: title, aliases, 识别口诀;
 * - the main pages (/help/, /check/, /app/, /campaign/, /about/), the song and the audience pages:
 *   title, their `aliases`, summary;
 * - the list pages (/guides/, /cases/, /for/, /alerts/) and the 防骗日历: title and
 *   content/search.yaml's phrases;
 * - the current alerts (近期提醒, a handful at a time): their exact title only (`whole`), with the
 *   guide they belong to, as the case studies' below;
 * The case studies' own bets (caseBets) are a separate file, fetched only when the reader searches
 * the case studies too (their Pagefind bundle is separate, see src/integrations/pagefind.ts): their
 * exact title only (`whole`), so that their words never crowd out their guide's, with the guide
 * they belong to. So every page search can return is found first by its own title — a case study
 * once the reader has asked for cases — including on old browsers where Pagefind cannot run and
 * the best bets are the whole answer.
 */
import { getCollection } from 'astro:content';
import { currentAlerts, getAudiences, getCases, getGuides, getPage } from './content';
import { getSong } from './song';
import { alertUrl, audienceUrl, caseUrl, guideUrl, PAGES } from './urls';
import { t } from '../i18n/zh-CN';
import type { BetEntry } from '../lib/best-bets';

/** Pages from content/pages/, in the order they come when equally good. */
const CONTENT_PAGES = [
  ['help', PAGES.help],
  ['check', PAGES.check],
  ['app', PAGES.app],
  ['campaign', PAGES.campaign],
  ['about', PAGES.about],
] as const;

const LIST_PAGES = [
  ['guides', PAGES.guides, 'index.guides.title', 'index.guides.intro'],
  ['cases', PAGES.cases, 'index.cases.title', 'index.cases.intro'],
  ['audiences', PAGES.audiences, 'index.for.title', 'index.for.intro'],
  ['alerts', PAGES.alerts, 'alerts.title', 'alerts.intro'],
  ['calendar', PAGES.calendar, 'calendar.title', 'calendar.intro'],
] as const;

export async function searchBets(): Promise<BetEntry[]> {
  const guides = await getGuides();
  const phrases = await getCollection('searchPhrases');
  const song = await getSong();
  const guideTitle = (id: string) => guides.find((g) => g.id === id)?.data.title ?? '';
  return [
    ...guides.map((g) => ({
      url: guideUrl(g.id),
      title: g.data.title,
      rule: g.data.rule,
      aliases: g.data.aliases,
    })),
    ...(await Promise.all(
      CONTENT_PAGES.map(async ([id, url]) => {
        const page = await getPage(id);
        return { url, title: page.data.title, rule: page.data.summary, aliases: page.data.aliases };
      }),
    )),
    {
      url: PAGES.song,
      title: t('song.title', { title: song.entry.data.title }),
      rule: t('song.lead'),
      aliases: song.entry.data.aliases,
    },
    ...(await getAudiences()).map((a) => ({
      url: audienceUrl(a.id),
      title: a.data.title,
      rule: a.data.summary,
      aliases: a.data.aliases,
    })),
    ...LIST_PAGES.map(([id, url, title, intro]) => ({
      url,
      title: t(title),
      rule: t(intro),
      aliases: phrases.find((p) => p.id === id)?.data.aliases ?? [],
    })),
    ...(await currentAlerts()).map((a) => ({
      url: alertUrl(a.id),
      title: a.entry.data.title,
      rule: t('search.alertOf', { guide: guideTitle(a.entry.data.guides[0]!.id) }),
      aliases: [],
      whole: true,
      guide: guideUrl(a.entry.data.guides[0]!.id),
    })),
  ];
}

/** The case studies' bets: /search/case-bets.json. */
export async function caseBets(): Promise<BetEntry[]> {
  const guides = await getGuides();
  const guideTitle = (id: string) => guides.find((g) => g.id === id)?.data.title ?? '';
  return (await getCases()).map((c) => ({
    url: caseUrl(c.id),
    title: c.data.title,
    rule: t('search.caseOf', { guide: guideTitle(c.data.guide.id) }),
    aliases: [],
    whole: true,
    guide: guideUrl(c.data.guide.id),
  }));
}
