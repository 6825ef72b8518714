import { describe, expect, it } from 'vitest';
import {
  assertSections,
  CASE_SECTIONS,
  checkSections,
  GUIDE_SECTIONS,
  guideSections,
} from '../../src/lib/structure';

const h2 = (...texts: string[]) => texts.map((text) => ({ depth: 2, text }));

describe('guide and case outlines', () => {
  it('accepts the fixed guide order, ignoring deeper headings', () => {
    const headings = [...h2(...GUIDE_SECTIONS), { depth: 3, text: '银行卡' }];
    expect(checkSections(headings, GUIDE_SECTIONS, 'g.mdx')).toBeNull();
  });

  it('rejects sections out of order and names the file', () => {
    const swapped = h2('一眼识别', '典型话术', '骗局怎么一步步展开', '怎么防', '已经转账了怎么办');
    const message = checkSections(swapped, GUIDE_SECTIONS, 'content/guides/x.mdx');
    expect(message).toContain('content/guides/x.mdx');
    expect(message).toContain('一眼识别 → 典型话术');
  });

  it('rejects a missing section and an extra one', () => {
    expect(checkSections(h2('经过', '警方提示'), CASE_SECTIONS, 'c.mdx')).toContain(
      'found: 经过 → 警方提示',
    );
    expect(checkSections(h2(...CASE_SECTIONS, '后记'), CASE_SECTIONS, 'c.mdx')).not.toBeNull();
    expect(checkSections([], CASE_SECTIONS, 'c.mdx')).toContain('(none)');
  });

  it('says what it wants and what it found, in full', () => {
    expect(checkSections(h2('经过'), CASE_SECTIONS, 'c.mdx')).toBe(
      'c.mdx: the body\'s "##" sections must be, in this order: 经过 → 破绽 → 警方提示; ' +
        'found: 经过 (正文二级标题不符合规定顺序)',
    );
  });

  it('ignores spaces around a heading’s text', () => {
    expect(checkSections(h2(' 经过', '破绽 ', ' 警方提示 '), CASE_SECTIONS, 'c.mdx')).toBeNull();
  });

  it('assertSections throws only for a bad outline', () => {
    expect(() => assertSections(h2(...CASE_SECTIONS), CASE_SECTIONS, 'c.mdx')).not.toThrow();
    expect(() => assertSections(h2('经过'), CASE_SECTIONS, 'c.mdx')).toThrow(/c\.mdx/);
  });
});

describe('a guide’s own heading for the 已经转账了怎么办 section', () => {
  it('replaces just that section, in its place', () => {
    expect(guideSections('已经把卡交出去了怎么办')).toEqual([
      '一眼识别',
      '骗局怎么一步步展开',
      '典型话术',
      '怎么防',
      '已经把卡交出去了怎么办',
    ]);
    expect(guideSections()).toEqual([...GUIDE_SECTIONS]);
  });
  it('then the body must use it', () => {
    const h = (...texts: string[]) => texts.map((text) => ({ depth: 2, text }));
    expect(
      checkSections(
        h(...GUIDE_SECTIONS),
        guideSections('已经把卡交出去了怎么办'),
        'content/guides/liangka.mdx',
      ),
    ).toContain('已经把卡交出去了怎么办');
  });
});
