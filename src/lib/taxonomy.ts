/**
 * Fixed vocabularies shared by the content schemas, the pages and the search filters.
 * The Chinese labels are what readers see and what Pagefind filters on, so they live
 * here once instead of being retyped in components.
 */

/** How the scammer reached the victim (PRODUCT.md, cases). */
export const CHANNELS = ['电话', '短信', '微信', 'QQ', '视频通话', 'App/网站', '线下'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a quiz question asks, which decides how a quiz page words it: is-scam 这是诈骗吗？ (some
 * scenarios are genuine) · next-step 接下来该怎么做？ · give-away 哪个细节露了馅？
 */
export const QUIZ_KINDS = ['is-scam', 'next-step', 'give-away'] as const;

/** How a case ended. 被成功劝阻 means no money was lost. */
export const OUTCOMES = ['被骗', '部分追回', '被成功劝阻'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The trap a guide belongs to, used to group the guide index.
 * Keys are stable identifiers; labels are shown to readers.
 */
export const GUIDE_GROUPS = {
  official: '冒充官方',
  money: '投资赚钱',
  credit: '贷款与征信',
  shopping: '购物与客服',
  acquaintance: '冒充熟人',
  youth: '学生与未成年人',
  elderly: '老年人',
  tech: '新技术手段',
} as const;
export type GuideGroup = keyof typeof GUIDE_GROUPS;
export const GUIDE_GROUP_KEYS = Object.keys(GUIDE_GROUPS) as [GuideGroup, ...GuideGroup[]];

/** Victim age bands used by case studies; bands, never exact ages, keep composites anonymous. */
export const AGE_BANDS = [
  '未成年',
  '18–25岁',
  '26–35岁',
  '36–45岁',
  '46–59岁',
  '60–69岁',
  '70岁以上',
] as const;
