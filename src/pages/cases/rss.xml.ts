/**
 * RSS feed of the case library, for WeChat-group admins and partner sites: the newest
 * CASES_IN_FEED cases, newest first (readers fetch it again and again, so it stays one size).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../../i18n/zh-CN';
import { getCases, getGuides, pick } from '../../data/content';
import { caseUrl } from '../../data/urls';
import { CASES_IN_FEED } from '../../lib/case-facets';

export async function GET(context: APIContext) {
  const [cases, guides] = await Promise.all([getCases(), getGuides()]);
  return rss({
    title: `${t('site.name')} · ${t('index.cases.title')}`,
    description: t('cases.feedDescription'),
    site: context.site!,
    customData: '<language>zh-cn</language>',
    items: cases.slice(0, CASES_IN_FEED).map((item) => {
      const [guide] = pick(guides, [item.data.guide]);
      return {
        title: item.data.title,
        link: caseUrl(item.id),
        pubDate: item.data.published,
        description: `${item.data.summary}（${t('case.composite')}）`,
        categories: [guide?.data.title ?? '', item.data.channel, item.data.outcome].filter(Boolean),
      };
    }),
  });
}
