import { describe, expect, it } from 'vitest';
import { keyPoints, plainText, sectionListItems } from '../../src/lib/key-points';

const guide = `## 一眼识别

<RedFlags>

- 陌生人主动找你做**点赞、关注**，说“日结佣金”。
- 要你**下载一个陌生App**，
  在上面“接任务”。
- 要你**先垫钱**，见[法律提示](#law)。
- 第四条。

</RedFlags>

## 骗局怎么一步步展开

- 不是这一节的。
`;

describe('sectionListItems', () => {
  it('reads the items of the first list under the heading, as plain text, continuation lines joined', () => {
    expect(sectionListItems(guide, '一眼识别')).toEqual([
      '陌生人主动找你做点赞、关注，说“日结佣金”。',
      '要你下载一个陌生App， 在上面“接任务”。',
      '要你先垫钱，见法律提示。',
      '第四条。',
    ]);
  });
  it('takes a step’s opening bold sentence alone, as /help/ puts it', () => {
    const help =
      '## 现在就做\n\n<Steps>\n\n1. **不要再转一分钱。** 对方说什么都不要信。\n2. **钱已经转出去了：马上拨打 [110](tel:110) 报警。** 越早越好。\n3. **免费体检**，天天有小礼品。\n\n</Steps>\n';
    expect(sectionListItems(help, '现在就做')).toEqual([
      '不要再转一分钱。',
      '钱已经转出去了：马上拨打 110 报警。',
      '免费体检，天天有小礼品。',
    ]);
  });
  it('stops at the end of the first list', () => {
    expect(
      sectionListItems('## 防骗清单\n\n- 一\n- 二\n\n说明文字。\n\n- 别的列表\n', '防骗清单'),
    ).toEqual(['一', '二']);
  });
  it('also stops at a paragraph with spaces in it; a blank line between items does not stop it', () => {
    expect(
      sectionListItems('## 防骗清单\n\n- 一\n\n- 二\n说明 文字。\n- 别的\n', '防骗清单'),
    ).toEqual(['一', '二']);
  });
  it('reads on past a ### heading inside the section, and stops at the next ## section', () => {
    expect(sectionListItems('## 防骗清单\n\n### 给老人\n\n- 一\n', '防骗清单')).toEqual(['一']);
    expect(
      sectionListItems('## 防骗清单\n\n没有列表。\n\n## 下一节\n\n- 别的\n', '防骗清单'),
    ).toEqual([]);
  });
  it('joins a nested or tab-indented line to the item above; numbers past 9 still count', () => {
    const list = Array.from({ length: 10 }, (_, i) => `${i + 1}. 第${i + 1}条`).join('\n');
    expect(sectionListItems(`## 清单\n\n${list}\n`, '清单')).toHaveLength(10);
    expect(sectionListItems('## 清单\n\n- 一\n  - 子项\n- 二\n\t接着说\n', '清单')).toEqual([
      '一 - 子项',
      '二 接着说',
    ]);
  });
  it('reads on past a line of spaces inside the list', () => {
    expect(sectionListItems('## 清单\n\n- 一\n   \n- 二\n', '清单')).toEqual(['一', '二']);
  });
  it('finds its heading with trailing spaces, and leaves out an empty item', () => {
    expect(sectionListItems('## 清单  \n\n- \n- 二\n', '清单')).toEqual(['二']);
  });
  it('takes a bold sentence as the lead only where the item opens with it', () => {
    expect(sectionListItems('## 清单\n\n- 先说明 **不要转账。** 后文\n', '清单')).toEqual([
      '先说明 不要转账。 后文',
    ]);
  });
  it('is empty when the section is missing', () => {
    expect(sectionListItems(guide, '防骗清单')).toEqual([]);
    expect(sectionListItems('- 前言里的列表\n\n## 其他\n', '防骗清单')).toEqual([]);
  });
});

describe('keyPoints', () => {
  it('gives the first three', () => {
    expect(keyPoints(guide, '一眼识别', 'content/guides/x.mdx')).toHaveLength(3);
  });
  it('fails naming the file and the section when there is no list', () => {
    expect(() =>
      keyPoints('## 防骗清单\n\n没有列表。\n', '防骗清单', 'content/audiences/x.mdx'),
    ).toThrow(/content\/audiences\/x\.mdx.*## 防骗清单/);
  });
});

describe('plainText', () => {
  it('keeps the words of links and drops emphasis marks', () => {
    expect(plainText('看**这里**：[学生防骗指南](/for/students/)、`代码`')).toBe(
      '看这里：学生防骗指南、代码',
    );
  });
  it('drops images whole and makes any run of white space one space', () => {
    expect(plainText('![二维码图片](/images/qr.png)扫码  看\n\n这里')).toBe('扫码 看 这里');
    expect(plainText('  **看这里** ')).toBe('看这里');
  });
});
