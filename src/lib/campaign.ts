/**
 * The Harbin campaign's figures, exactly as the source gives them (../shared/FACTS.md, from
 * the Xinhua report of 2023-08-22). Each set carries its period and source, which the page shows.
 */

export const SOURCE = '新华网《哈尔滨市公安局“三个聚焦”全面推进反诈宣传》，2023年8月22日';

/** Change against the same period of the year before, in percent (negative = down). */
export const YEAR_ON_YEAR = {
  title: '哈尔滨打击治理电信网络诈骗：与上年同期相比',
  period: '2023年以来，与上年同期相比（据2023年8月22日的报道，未说明截止日期）',
  rows: [
    { label: '破案数', change: 84.4 },
    { label: '抓获犯罪嫌疑人', change: 15.4 },
    { label: '立案数', change: -26.6 },
    { label: '群众财产损失', change: -20.6 },
  ],
} as const;

/** Totals of the 全民反诈在行动 campaign month. */
export const CAMPAIGN_MONTH = {
  title: '“全民反诈在行动”集中宣传月',
  period: '2023年“全民反诈在行动”集中宣传月期间',
  rows: [
    { label: '反诈宣讲和宣传活动', value: '380余场' },
    { label: '参与群众', value: '12万余人' },
    { label: '发放宣传单和宣传品', value: '7.6万余份' },
    { label: 'LED电子屏、视频等宣传点位', value: '460余个' },
  ],
} as const;
