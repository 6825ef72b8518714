/**
 * The one way pages read content. Every accessor first checks all cross-references
 * once per build, so a dangling reference stops the build before any page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findAudienceDisagreements, formatAudienceDisagreements } from './audience-consistency';
import { findBrokenReferences, formatBrokenReferences } from './references';
import { findRehearsalProblems, formatRehearsalProblems } from './rehearsals';
import { byNewest } from '../lib/sort';
import { reservedCaseIds } from '../lib/case-facets';
import { calendarMonths, calendarProblems } from '../lib/calendar';
import { settings } from '../settings';
import {
  findAlertProblems,
  findGuideMessageProblems,
  formatAlertProblems,
  publishedAlerts,
  type Alert,
} from './alerts';

let checked: Promise<void> | undefined;

async function loadAndCheck(): Promise<void> {
  const [guides, cases, audiences, quiz, rehearsals, signals, alerts, calendar] = await Promise.all(
    [
      getCollection('guides'),
      getCollection('cases'),
      getCollection('audiences'),
      getCollection('quiz'),
      getCollection('rehearsals'),
      getCollection('signals'),
      getCollection('alerts'),
      getCollection('calendar'),
    ],
  );
  const broken = findBrokenReferences({
    guides,
    cases,
    audiences,
    quiz,
    rehearsals,
    alerts,
    // Entries of one YAML file: name the file and the entry.
    signals: signals.map((s) => ({ ...s, filePath: `content/signals.yaml (id: ${s.id})` })),
    calendar: calendar.map((m) => ({ ...m, filePath: `content/calendar.yaml (${m.id}月)` })),
  });
  if (broken.length > 0) throw new Error(formatBrokenReferences(broken));
  const reserved = reservedCaseIds(cases.map((c) => c.id));
  if (reserved.length > 0)
    throw new Error(
      reserved
        .map(
          (id) =>
            `content/cases/${id}.mdx: the file name is the address of a page of the case list ` +
            `(/cases/${id}/); choose another (文件名与案例列表的地址冲突)`,
        )
        .join('\n'),
    );
  const paths = findRehearsalProblems(rehearsals);
  if (paths.length > 0) throw new Error(formatRehearsalProblems(paths));
  const alertProblems = [
    ...findAlertProblems(alerts, settings.url),
    ...findGuideMessageProblems(guides, settings.url),
    ...calendarProblems(calendar.map((m) => m.id)).map((p) => `content/calendar.yaml: ${p}`),
  ];
  if (alertProblems.length > 0) throw new Error(formatAlertProblems(alertProblems));
  const disagreements = findAudienceDisagreements(guides, cases, audiences);
  if (disagreements.length > 0) throw new Error(formatAudienceDisagreements(disagreements));
}

/** Resolves when every reference is valid and audiences agree; throws (failing the build) otherwise. */
export function checkReferences(): Promise<void> {
  checked ??= loadAndCheck();
  return checked;
}

export async function getGuides(): Promise<CollectionEntry<'guides'>[]> {
  await checkReferences();
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

export async function getCases(): Promise<CollectionEntry<'cases'>[]> {
  await checkReferences();
  return byNewest(await getCollection('cases'));
}

/**
 * How many case studies there are, for words that depend on the library's size (保存全站). Without
 * the checks: every page runs them anyway (BaseLayout), and a component rendered alone in a unit
 * test (the footer) has no content to check.
 */
export async function caseCount(): Promise<number> {
  return (await getCollection('cases')).length;
}

export async function getAudiences(): Promise<CollectionEntry<'audiences'>[]> {
  await checkReferences();
  const audiences = await getCollection('audiences');
  return audiences.sort((a, b) => a.data.order - b.data.order);
}

export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  await checkReferences();
  const page = (await getCollection('pages')).find((p) => p.id === id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing (缺少页面内容文件)`);
  return page;
}

/** The rehearsals (防骗演练), by title. */
export async function getRehearsals(): Promise<CollectionEntry<'rehearsals'>[]> {
  await checkReferences();
  const rehearsals = await getCollection('rehearsals');
  return rehearsals.sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/**
 * The alerts (近期提醒) published at this build (settings.buildDate): current ones first, then
 * the expired ones of the archive, each newest first; upcoming ones are left out.
 */
export async function getAlerts(): Promise<Alert<CollectionEntry<'alerts'>>[]> {
  await checkReferences();
  return publishedAlerts(await getCollection('alerts'), settings.buildDate, settings.url);
}

/** The alerts current at this build, newest first. */
export async function currentAlerts(): Promise<Alert<CollectionEntry<'alerts'>>[]> {
  return (await getAlerts()).filter((a) => a.status === 'current');
}

/** The current alerts that concern the given guide, newest first. */
export async function currentAlertsForGuide(
  guideId: string,
): Promise<Alert<CollectionEntry<'alerts'>>[]> {
  return (await currentAlerts()).filter((a) => a.entry.data.guides.some((g) => g.id === guideId));
}

/** The 防骗日历's twelve months in order, this build's month marked current. */
export async function getCalendar() {
  await checkReferences();
  return calendarMonths(await getCollection('calendar'), settings.buildDate);
}

/** Cases that tell a story of the given guide, newest first. */
export async function casesForGuide(guideId: string): Promise<CollectionEntry<'cases'>[]> {
  return (await getCases()).filter((c) => c.data.guide.id === guideId);
}

/** Cases that speak to the given audience, newest first. */
export async function casesForAudience(audienceId: string): Promise<CollectionEntry<'cases'>[]> {
  return (await getCases()).filter((c) => c.data.audiences.some((a) => a.id === audienceId));
}

/** Guides that list the given audience. */
export async function guidesForAudience(audienceId: string): Promise<CollectionEntry<'guides'>[]> {
  return (await getGuides()).filter((g) => g.data.audiences.some((a) => a.id === audienceId));
}

/** Looks up entries by reference, in the order given. */
export function pick<T extends { id: string }>(
  all: readonly T[],
  refs: readonly { id: string }[],
): T[] {
  return refs.map((r) => all.find((e) => e.id === r.id)).filter((e): e is T => e !== undefined);
}

/** General warning signs for /check/, in file order. */
export async function getGeneralSignals(): Promise<CollectionEntry<'signals'>[]> {
  await checkReferences();
  return getCollection('signals');
}

/** Slogans in file order: the official lines first, as editors keep them. */
export async function getSlogans(
  kind?: 'official' | 'original',
): Promise<CollectionEntry<'slogans'>[]> {
  const slogans = await getCollection('slogans');
  return kind ? slogans.filter((s) => s.data.kind === kind) : slogans;
}
