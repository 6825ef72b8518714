/**
 * 复制群消息: the short plain-text message an officer or a teacher pastes into a WeChat group for
 * an alert or a guide — the sign to watch for, what to do, and the page's address. WeChat shows a
 * short message whole, so it is kept to GROUP_MESSAGE_MAX characters, address included; the
 * address comes last, so that nothing after it is taken into the link.
 */

/** At most this many characters (Unicode code points), the address included. */
export const GROUP_MESSAGE_MAX = 120;

export interface GroupMessageParts {
  /** Who the message is from, e.g. 冰城反诈提醒; shown in 【】. */
  label: string;
  /** What it is about: the alert's or the guide's title. */
  title: string;
  /** The one sign to watch for. */
  sign: string;
  /** What to do. */
  action: string;
  /** The page's full address. */
  url: string;
}

/** Number of characters as a reader counts them (an emoji or a rare character is one). */
export const charCount = (text: string): number => Array.from(text).length;

/** A sentence without its closing punctuation, so that joined sentences end in one 。 each. */
export const withoutStop = (text: string): string =>
  text.trim().replace(/[。！!．.；;，,、\s]+$/u, '');

/**
 * The group message, in the longest form that fits in `max` characters: with the label and the
 * title, then without the title, then without the label. Undefined when even the sign, the
 * action and the address together are too long (the build names the fields to shorten).
 */
export function groupMessage(
  parts: GroupMessageParts,
  max: number = GROUP_MESSAGE_MAX,
): string | undefined {
  const body = `${withoutStop(parts.sign)}。${withoutStop(parts.action)}。详情：${parts.url}`;
  const forms = [
    `【${parts.label}】${withoutStop(parts.title)}：${body}`,
    `【${parts.label}】${body}`,
    body,
  ];
  return forms.find((form) => charCount(form) <= max);
}
