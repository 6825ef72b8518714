/**
 * The filters of the case library: scam type, audience, channel and outcome. Each value
 * has a stable Latin slug, because every filter is also a static page (/cases/channel/weixin/)
 * that works without JavaScript and can be printed or shared.
 */
import { CHANNELS, OUTCOMES, type Channel, type Outcome } from './taxonomy';
import { caseFilterUrl } from '../data/urls';
import type { StringKey } from '../i18n/zh-CN';

const CHANNEL_SLUGS: Readonly<Record<Channel, string>> = {
  电话: 'dianhua',
  短信: 'duanxin',
  微信: 'weixin',
  QQ: 'qq',
  视频通话: 'shipin',
  'App/网站': 'app',
  线下: 'xianxia',
};

const OUTCOME_SLUGS: Readonly<Record<Outcome, string>> = {
  被骗: 'beipian',
  部分追回: 'bufen-zhuihui',
  被成功劝阻: 'quanzu',
};

export type FacetKey = 'type' | 'for' | 'channel' | 'outcome';
const FACET_KEYS: readonly FacetKey[] = ['type', 'for', 'channel', 'outcome'];

/**
 * Cases on each page of the library and of each filter (/cases/, /cases/2/…): few enough that a
 * page stays well inside the 14 KB HTML budget with the longest titles and summaries the schema
 * allows, however many cases there are.
 */
export const CASES_PER_PAGE = 20;

/** Cases the feed (/cases/rss.xml) carries: the newest, as feeds do, not the whole library. */
export const CASES_IN_FEED = 50;

/**
 * Is this site path a case study's own page (/cases/<slug>/), not a page of the library's lists
 * (/cases/, /cases/2/, /cases/<filter>/<value>/…)?
 */
export function isCaseStudyPath(path: string): boolean {
  const slug = /^\/cases\/([^/]+)\/$/.exec(path)?.[1];
  return slug !== undefined && !isListSegment(slug);
}

/** A first path segment under /cases/ that belongs to the lists: a page number or a filter. */
const isListSegment = (segment: string) =>
  /^\d+$/.test(segment) || (FACET_KEYS as readonly string[]).includes(segment);

/**
 * Case ids (file names) that would take the address of a list page, a page number (/cases/2/) or
 * a filter's name (/cases/type/): the build refuses them (src/data/content.ts).
 */
export function reservedCaseIds(ids: readonly string[]): string[] {
  return ids.filter(isListSegment);
}

/** The heading of each filter, as a key of the UI strings. */
export const FACET_LABELS = {
  type: 'cases.facet.type',
  for: 'cases.facet.for',
  channel: 'cases.facet.channel',
  outcome: 'cases.facet.outcome',
} as const satisfies Record<FacetKey, StringKey>;

/** The parts of a case the filters read. */
export interface CaseLike {
  id: string;
  data: {
    guide: { id: string };
    audiences: readonly { id: string }[];
    channel: Channel;
    outcome: Outcome;
  };
}

interface FacetValue {
  slug: string;
  label: string;
  count: number;
}

export interface Facet {
  key: FacetKey;
  values: FacetValue[];
}

/** Does the case carry this value of this filter? */
export function caseHas(item: CaseLike, key: FacetKey, slug: string): boolean {
  switch (key) {
    case 'type':
      return item.data.guide.id === slug;
    case 'for':
      return item.data.audiences.some((a) => a.id === slug);
    case 'channel':
      return CHANNEL_SLUGS[item.data.channel] === slug;
    case 'outcome':
      return OUTCOME_SLUGS[item.data.outcome] === slug;
  }
}

/**
 * Every filter with its values and how many cases each has, in a fixed order; values with
 * no case are left out (a filter that leads to an empty page helps nobody).
 */
export function caseFacets(
  cases: readonly CaseLike[],
  guides: readonly { id: string; label: string }[],
  audiences: readonly { id: string; label: string }[],
): Facet[] {
  const facet = (key: FacetKey, values: readonly { slug: string; label: string }[]): Facet => ({
    key,
    values: values
      .map((v) => ({ ...v, count: cases.filter((c) => caseHas(c, key, v.slug)).length }))
      .filter((v) => v.count > 0),
  });
  return [
    facet(
      'type',
      guides.map((g) => ({ slug: g.id, label: g.label })),
    ),
    facet(
      'for',
      audiences.map((a) => ({ slug: a.id, label: a.label })),
    ),
    facet(
      'channel',
      CHANNELS.map((c) => ({ slug: CHANNEL_SLUGS[c], label: c })),
    ),
    facet(
      'outcome',
      OUTCOMES.map((o) => ({ slug: OUTCOME_SLUGS[o], label: o })),
    ),
  ];
}

/** The address of one filter value's static page. */
export function facetHref(key: FacetKey, slug: string): string {
  return caseFilterUrl(key, slug);
}
