import { describe, expect, it } from 'vitest';
import { printablePieces, resolveMaterial } from '../../src/lib/printables';

describe('printablePieces', () => {
  it('lists each piece’s id and title in order, whatever the attribute order and quotes', () => {
    const body =
      `文字\n<Printable id="jiazhang-xin" title="致家长的一封信">\n内容\n</Printable>\n` +
      `<Printable title='学生防骗一页纸' id='xuesheng-chuandan'>x</Printable>`;
    expect(printablePieces(body)).toEqual([
      { id: 'jiazhang-xin', title: '致家长的一封信' },
      { id: 'xuesheng-chuandan', title: '学生防骗一页纸' },
    ]);
  });
  it('finds none in a body without pieces', () => {
    expect(printablePieces('## 标题\n\n<GuideLink slug="liangka" />')).toEqual([]);
  });
  it('leaves out a piece without an id or a title (it could be neither linked nor named)', () => {
    expect(
      printablePieces('<Printable id="a">x</Printable><Printable title="B">y</Printable>'),
    ).toEqual([]);
  });
});

describe('resolveMaterial', () => {
  const audiences = [
    {
      id: 'finance-staff',
      body: '<Printable poster id="fukuan-hezha" title="付款核验规程">x</Printable>',
    },
  ];
  it('links the piece on its audience page, with the piece’s title', () => {
    expect(
      resolveMaterial(
        'content/cases/a.mdx',
        { page: { id: 'finance-staff' }, piece: 'fukuan-hezha' },
        audiences,
      ),
    ).toEqual({
      href: '/for/finance-staff/#fukuan-hezha',
      title: '付款核验规程',
    });
  });
  it('fails naming the case file and the field when the piece is not on that page', () => {
    expect(() =>
      resolveMaterial(
        'content/cases/a.mdx',
        { page: { id: 'finance-staff' }, piece: 'nope' },
        audiences,
      ),
    ).toThrow(
      'content/cases/a.mdx: field "material.piece" is "nope", but content/audiences/finance-staff.mdx has no <Printable id="nope">',
    );
    expect(() =>
      resolveMaterial('content/cases/a.mdx', { page: { id: 'students' }, piece: 'x' }, audiences),
    ).toThrow(/material\.piece/);
  });
  it('looks for the piece on the page named, not on another that has it', () => {
    const two = [...audiences, { id: 'students', body: '## 没有材料' }, { id: 'elderly' }];
    for (const page of ['students', 'elderly'])
      expect(() =>
        resolveMaterial('content/cases/a.mdx', { page: { id: page }, piece: 'fukuan-hezha' }, two),
      ).toThrow(`content/audiences/${page}.mdx has no <Printable id="fukuan-hezha">`);
  });
});
