/**
 * Every guide and case has a fixed outline (PRODUCT.md, content model). Readers learn
 * where to look, so the build refuses a file whose h2 sections are missing or out of order.
 */

export interface Heading {
  depth: number;
  text: string;
}

/** Guide body sections, in order. 相关案例 and 法律提示 are added by the page after these. */
export const GUIDE_SECTIONS = [
  '一眼识别',
  '骗局怎么一步步展开',
  '典型话术',
  '怎么防',
  '已经转账了怎么办',
] as const;

/** The fixed section a guide may rename (`lossHeading` in its frontmatter), e.g. 两卡's 已经把卡交出去了怎么办. */
const LOSS_SECTION = '已经转账了怎么办';

/** A guide's sections, with its own heading for the 已经转账了怎么办 section if it gives one. */
export function guideSections(lossHeading?: string): string[] {
  return GUIDE_SECTIONS.map((s) => (s === LOSS_SECTION && lossHeading ? lossHeading : s));
}

/** Case body sections, in order. */
export const CASE_SECTIONS = ['经过', '破绽', '警方提示'] as const;

/**
 * Returns a message naming the file when its h2 headings are not exactly `required`
 * in order, or `null` when they are.
 */
export function checkSections(
  headings: readonly Heading[],
  required: readonly string[],
  file: string,
): string | null {
  const found = headings.filter((h) => h.depth === 2).map((h) => h.text.trim());
  const same = found.length === required.length && found.every((text, i) => text === required[i]);
  if (same) return null;
  return (
    `${file}: the body's "##" sections must be, in this order: ${required.join(' → ')}; ` +
    `found: ${found.length ? found.join(' → ') : '(none)'} (正文二级标题不符合规定顺序)`
  );
}

/** Throws the message from `checkSections`, failing the build. */
export function assertSections(
  headings: readonly Heading[],
  required: readonly string[],
  file: string,
): void {
  const problem = checkSections(headings, required, file);
  if (problem) throw new Error(problem);
}
