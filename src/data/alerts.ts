/**
 * 近期提醒 from content/alerts/ as the pages show them, and the checks the build runs before any
 * page renders (src/data/content.ts calls them), naming the file and the field. No
 * `astro:content` here, so tests run them directly.
 */
import { t } from '../i18n/zh-CN';
import {
  alertState,
  byWindowStart,
  timingProblem,
  type AlertTiming,
  type Day,
  type Window,
} from '../lib/alerts';
import { charCount, GROUP_MESSAGE_MAX, groupMessage } from '../lib/group-message';
import { isoDate } from '../lib/format';
import { alertUrl, guideUrl, PAGES } from './urls';

/** The parts of an alert entry this module reads. */
export interface AlertLike {
  id: string;
  filePath?: string | undefined;
  data: {
    title: string;
    date: Date;
    expires?: Date | undefined;
    repeat?: 'yearly' | undefined;
    guides: readonly { id: string }[];
    sign: string;
    action: string;
  };
}

interface GuideLike {
  id: string;
  filePath?: string | undefined;
  data: { title: string; rule: string };
}

/** An alert as published on a given build day: current or expired (upcoming ones are not). */
export interface Alert<T extends AlertLike = AlertLike> {
  id: string;
  entry: T;
  status: 'current' | 'expired';
  /** The window shown: this year's for a yearly alert, or the last one that ended. */
  window: Window;
  /** 复制群消息: the message for a WeChat group, with the page's full address. */
  message: string;
}

const fileOf = (e: { id: string; filePath?: string | undefined }) =>
  e.filePath ?? `content/alerts/${e.id}.yaml`;

/** Addresses under /alerts/ that are pages of their own, so no alert may take them. */
const RESERVED = new Set(
  [PAGES.calendar, PAGES.alertsFeed].map((p) => p.slice(PAGES.alerts.length).split(/[/.]/)[0]),
);

const timingOf = (e: AlertLike): AlertTiming => ({
  date: isoDate(e.data.date),
  expires: e.data.expires && isoDate(e.data.expires),
  repeat: e.data.repeat,
});

/** The full address of a page, as printed and pasted: `siteUrl` is the canonical site address. */
const absolute = (path: string, siteUrl: string) => new URL(path, `${siteUrl}/`).href;

const alertMessage = (e: AlertLike, siteUrl: string) =>
  groupMessage({
    label: t('group.label'),
    title: e.data.title,
    sign: e.data.sign,
    action: e.data.action,
    url: absolute(alertUrl(e.id), siteUrl),
  });

/**
 * A guide's group message: its 识别口诀 as the sign and the hotlines as what to do. Undefined
 * when it cannot fit (findGuideMessageProblems names the guide).
 */
export const guideMessage = (g: GuideLike, siteUrl: string): string | undefined =>
  groupMessage({
    label: t('group.label'),
    title: g.data.title,
    sign: g.data.rule,
    action: t('group.guideAction'),
    url: absolute(guideUrl(g.id), siteUrl),
  });

/**
 * Every problem the schema cannot see, one line each, naming the file and the field: a window
 * that ends before it starts (or a yearly one a year long), a file name a page of /alerts/
 * already uses, and a group message that cannot fit in GROUP_MESSAGE_MAX characters.
 */
export function findAlertProblems(alerts: readonly AlertLike[], siteUrl: string): string[] {
  const problems: string[] = [];
  for (const a of alerts) {
    const file = fileOf(a);
    const timing = timingProblem(timingOf(a));
    if (timing) problems.push(`${file}: field "expires": ${timing}`);
    if (RESERVED.has(a.id))
      problems.push(
        `${file}: the file name "${a.id}" is taken by /alerts/${a.id}… (文件名已被占用)`,
      );
    if (!alertMessage(a, siteUrl)) {
      const length = charCount(`${a.data.sign}。${a.data.action}。详情：`);
      problems.push(
        `${file}: fields "sign" and "action" are too long for a group message: ${length} ` +
          `characters before the page address, ${GROUP_MESSAGE_MAX} with it at most ` +
          `(群消息最多 ${GROUP_MESSAGE_MAX} 字，请缩短 sign 或 action)`,
      );
    }
  }
  return problems;
}

/** The same for the guides' group messages (their `rule` is the sign). */
export function findGuideMessageProblems(guides: readonly GuideLike[], siteUrl: string): string[] {
  return guides
    .filter((g) => !guideMessage(g, siteUrl))
    .map(
      (g) =>
        `${g.filePath ?? `content/guides/${g.id}.mdx`}: field "rule" is too long for a group ` +
        `message (群消息最多 ${GROUP_MESSAGE_MAX} 字)`,
    );
}

/** The build's error message for the problems found. */
export function formatAlertProblems(problems: readonly string[]): string {
  return `Content problems in alerts (近期提醒有错误):\n${problems.map((p) => `  ${p}`).join('\n')}`;
}

/**
 * The alerts published on `today`: current ones first, then expired ones (the archive), each
 * newest first. Upcoming alerts are left out until their first day.
 */
export function publishedAlerts<T extends AlertLike>(
  alerts: readonly T[],
  today: Day,
  siteUrl: string,
): Alert<T>[] {
  const shown = alerts.flatMap((entry) => {
    const state = alertState(timingOf(entry), today);
    if (state.status === 'upcoming') return [];
    const message = alertMessage(entry, siteUrl);
    if (!message) throw new Error(`${fileOf(entry)}: the group message does not fit (群消息太长)`);
    return [{ id: entry.id, entry, status: state.status, window: state.window, message }];
  });
  return [
    ...byWindowStart(shown.filter((a) => a.status === 'current')),
    ...byWindowStart(shown.filter((a) => a.status === 'expired')),
  ];
}
