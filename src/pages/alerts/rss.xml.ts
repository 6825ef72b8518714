/**
 * RSS feed of the current alerts (近期提醒), newest first: what a WeChat-group admin subscribes to
 * (/alerts/ says so; the cases have their own feed). An expired alert leaves it at the next
 * build. A yearly alert comes back as a new item each year (its guid names the year).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../../i18n/zh-CN';
import { currentAlerts, getGuides, pick } from '../../data/content';
import { alertUrl } from '../../data/urls';
import { withoutStop } from '../../lib/group-message';

export async function GET(context: APIContext) {
  const [alerts, guides] = await Promise.all([currentAlerts(), getGuides()]);
  return rss({
    title: `${t('site.name')} · ${t('alerts.title')}`,
    description: t('alerts.feedDescription'),
    site: context.site!,
    customData: '<language>zh-cn</language>',
    items: alerts.map((a) => {
      const link = new URL(alertUrl(a.id), context.site).href;
      const { what, sign, action } = a.entry.data;
      return {
        title: a.entry.data.title,
        link,
        pubDate: new Date(a.window.start),
        description: [
          what,
          `${t('alerts.signShort')}${sign}`,
          `${t('alerts.actionShort')}${action}`,
        ]
          .map((s) => `${withoutStop(s)}。`)
          .join(''),
        categories: pick(guides, a.entry.data.guides).map((g) => g.data.title),
        customData: `<guid isPermaLink="false">${link}#${a.window.start}</guid>`,
      };
    }),
  });
}
