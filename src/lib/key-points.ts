/**
 * The key points a share poster carries, read from what editors already write in an MDX body:
 * the items of the first list under one "##" section (a guide's 一眼识别 red flags, an audience
 * page's 防骗清单, /help/'s 现在就做 steps), as plain text. Nothing is reworded: markdown marks
 * and link targets go, the words stay. A step that opens with a bold sentence
 * ("**不要再转一分钱。** 对方说…") gives that sentence alone, as its heading does on the page.
 */

/** Markdown to the text a reader sees: links keep their words, emphasis and code marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The bold sentence a step opens with (ending in 。！？), or the whole item. */
function leadOrWhole(item: string): string {
  const lead = /^\*\*([^*]+?[。！？])\*\*/.exec(item);
  return plainText(lead?.[1] ?? item);
}

/**
 * The items of the first list (`- `, `* ` or `1. `) in the "## heading" section of `body`, in
 * order. Indented lines continue the item above them. Empty when the section or list is missing.
 */
export function sectionListItems(body: string, heading: string): string[] {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return [];
  const items: string[] = [];
  let inList = false;
  for (const line of lines.slice(start + 1)) {
    if (/^##\s/.test(line)) break;
    const item = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      items.push(item[1] ?? '');
      inList = true;
    } else if (inList && /^\s+\S/.test(line)) {
      items[items.length - 1] += ` ${line.trim()}`;
    } else if (inList && line.trim() !== '') {
      break;
    }
  }
  return items.map(leadOrWhole).filter((item) => item !== '');
}

/**
 * The first `count` key points of a section, or a build error naming the file and the section
 * when it has none (a poster with no points would say nothing).
 */
export function keyPoints(body: string, heading: string, file: string, count = 3): string[] {
  const items = sectionListItems(body, heading);
  if (items.length === 0) {
    throw new Error(
      `${file}: the share poster takes its points from the list under "## ${heading}", but there is none (海报要点缺失：“${heading}”下没有列表)`,
    );
  }
  return items.slice(0, count);
}
