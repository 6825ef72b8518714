/**
 * Facts the site states in its own chrome (header, footer, help box). Each comes from
 * ../shared/FACTS.md; the content tests compare every page against these.
 */

/** Report a fraud that has happened: the police. */
export const POLICE = '110';

/** National anti-fraud warning and consultation line; a genuine call shows as 96110 or 0451-96110. */
export const ANTI_FRAUD_LINE = '96110';

/** The 三不一多 rule, in its official wording. */
export const SAN_BU_YI_DUO = [
  '未知链接不点击',
  '陌生来电不轻信',
  '个人信息不透露',
  '转账汇款多核实',
] as const;

/** Legal provisions FACTS.md supports; a page may cite only these. */
export const KNOWN_LAW_ARTICLES = [
  { law: '《中华人民共和国反电信网络诈骗法》', article: '第三十一条' },
  { law: '《中华人民共和国刑法》', article: '第二百八十七条之二' },
] as const;
