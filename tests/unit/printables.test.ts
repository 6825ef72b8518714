import { describe, expect, it } from 'vitest';
import { printablePieces } from '../../src/lib/printables';

describe('printablePieces', () => {
  it('lists each piece’s id and title in order, whatever the attribute order and quotes', () => {
    const body = `文字\n<Printable id="jiazhang-xin" title="致家长的一封信">\n内容\n</Printable>\n` +
      `<Printable title='学生防骗一页纸' id='xuesheng-chuandan'>x</Printable>`;
    expect(printablePieces(body)).toEqual([
      { id: 'jiazhang-xin', title: '致家长的一封信' },
      { id: 'xuesheng-chuandan', title: '学生防骗一页纸' },
    ]);
  });
  it('finds none in a body without pieces', () => {
    expect(printablePieces('## 标题\n\n<GuideLink slug="liangka" />')).toEqual([]);
  });
});
