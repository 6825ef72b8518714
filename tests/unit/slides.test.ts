import { describe, expect, it } from 'vitest';
import {
  deckSlides,
  plain,
  sizeStep,
  slideLength,
  slidesFromMdx,
  type Run,
  type Slide,
} from '../../src/lib/slides';

const context = {
  file: 'content/guides/x.mdx',
  linkText: (component: string, slug: string) => `《${component}:${slug}》`,
  words: { do: '要这样做', dont: '千万不要', right: '对', wrong: '错', scammer: '骗子' },
};
const slides = (body: string, piece?: string) => slidesFromMdx(body, context, piece);
const kinds = (list: Slide[]) => list.map((s) => s.kind);

describe('slidesFromMdx', () => {
  it('opens a slide per section and one per red flag, each under its section', () => {
    const list = slides(
      '## 一眼识别\n\n<RedFlags>\n\n- 要你**先垫钱**。\n- 钱取不出。\n\n</RedFlags>\n\n## 怎么防\n\n正文段落不上幻灯片。\n',
    );
    expect(kinds(list)).toEqual(['section', 'point', 'point', 'section']);
    expect(list[1]).toEqual({
      kind: 'point',
      section: '一眼识别',
      text: [{ text: '要你' }, { text: '先垫钱', strong: true }, { text: '。' }],
      tone: 'danger',
    });
    expect(list[3]).toEqual({ kind: 'section', title: '怎么防' });
  });

  it('numbers the steps and makes a bold lead the heading, with nested items kept', () => {
    const list = slides(
      '<Steps>\n\n1. **立刻停止转账。** 一分钱都不要再转。\n2. **保存证据：**\n   - 聊天记录；\n   - 转账记录。\n\n</Steps>\n',
    );
    expect(list[0]).toMatchObject({ kind: 'point', heading: '立刻停止转账', step: 1 });
    expect(plain((list[0] as { text: Run[] }).text)).toBe('一分钱都不要再转。');
    expect(list[1]).toMatchObject({ heading: '保存证据', text: [], step: 2 });
    expect((list[1] as { items: unknown[] }).items).toEqual([
      [{ text: '聊天记录；' }],
      [{ text: '转账记录。' }],
    ]);
  });

  it('reads a scammer’s line, a callout, DoDont, a table row and a bold paragraph', () => {
    const list = slides(
      [
        '<Script>\n  <Line who="“客服”" says="交保证金" sign="要钱" reply="挂断" />\n</Script>',
        '<Callout type="tip" title="记住">\n\n**凡是刷单，都是诈骗。**\n\n</Callout>',
        '<DoDont dos={["挂断", "打 110"]} donts={["转账"]} />',
        '| 时间 | 环节 | 做什么 |\n|---|---|---|\n| 5分钟 | 导入 | 问全班 |',
        '**五类口诀**（用于导入）',
        '普通段落，不上幻灯片。',
      ].join('\n\n'),
    );
    expect(list).toEqual([
      { kind: 'line', who: '“客服”', says: '交保证金', sign: '要钱', reply: '挂断' },
      {
        kind: 'point',
        heading: '记住',
        text: [{ text: '凡是刷单，都是诈骗。', strong: true }],
        tone: 'safe',
      },
      { kind: 'list', heading: '要这样做', items: ['挂断', '打 110'], tone: 'safe' },
      { kind: 'list', heading: '千万不要', items: ['转账'], tone: 'danger' },
      { kind: 'point', heading: '5分钟 · 导入', text: [{ text: '问全班' }] },
      { kind: 'point', heading: '五类口诀', text: [{ text: '（用于导入）' }] },
    ]);
  });

  it('shows links as their text and a GuideLink as its guide’s title', () => {
    const [slide] = slides('- 看看[学生页](/for/students/)和 <GuideLink slug="liangka" />。\n');
    expect(plain((slide as { text: Run[] }).text)).toBe('看看学生页和 《GuideLink:liangka》。');
  });

  it('presents one class-kit piece by its id, with ### sections, and true/false as questions', () => {
    const body = [
      '## 可打印材料',
      '<Printable id="a" title="A">\n\n### 目标\n\n1. 认出骗局。\n\n<TrueFalse items={[\n  { q: "刷单能赚钱。", right: false, why: "先返小钱是鱼饵" },\n]} />\n\n</Printable>',
      '<Printable id="b" title="B">\n\n- 别的材料\n\n</Printable>',
    ].join('\n\n');
    expect(slides(body, 'a')).toEqual([
      { kind: 'section', title: '目标' },
      { kind: 'point', section: '目标', text: [{ text: '认出骗局。' }], step: 1 },
      {
        kind: 'question',
        section: '目标',
        question: '刷单能赚钱。',
        answer: '错：先返小钱是鱼饵',
        right: false,
      },
    ]);
    // The page's own deck leaves the pieces to theirs.
    expect(kinds(slides(body))).toEqual(['section']);
    expect(() => slides(body, 'missing')).toThrow(
      'content/guides/x.mdx: no <Printable id="missing">',
    );
  });

  it('reads what a plain HTML wrapper holds', () => {
    expect(kinds(slides('<div class="text-2xl">\n\n- 要转钱，先挂断。\n\n</div>\n'))).toEqual([
      'point',
    ]);
  });

  it('a plain list makes unnumbered points; a list inside <Steps> is numbered even unordered, with no tone', () => {
    expect(slides('- 挂断电话\n- 打 96110\n')).toEqual([
      { kind: 'point', text: [{ text: '挂断电话' }] },
      { kind: 'point', text: [{ text: '打 96110' }] },
    ]);
    expect(slides('<Steps>\n\n- 挂断电话\n- 打 96110\n\n</Steps>\n')).toEqual([
      { kind: 'point', text: [{ text: '挂断电话' }], step: 1 },
      { kind: 'point', text: [{ text: '打 96110' }], step: 2 },
    ]);
  });

  it('only the section depth opens a section; a bold heading reads as its text', () => {
    expect(slides('## 一眼**识别**\n\n### 小标题\n\n- 挂断\n')).toEqual([
      { kind: 'section', title: '一眼识别' },
      { kind: 'point', section: '一眼识别', text: [{ text: '挂断' }] },
    ]);
  });

  it('joins a slide’s text into as few runs as its bold allows', () => {
    const [slide] = slides(
      '- 看看[学生页](/for/students/)和 **马上** <GuideLink slug="liangka" />。\n',
    );
    expect((slide as { text: Run[] }).text).toEqual([
      { text: '看看学生页和 ' },
      { text: '马上', strong: true },
      { text: ' 《GuideLink:liangka》。' },
    ]);
  });

  it('keeps inline code, reads a line break as a space, and a link component’s own words', () => {
    expect(slides('- 输入 `110` 报警\n- 第一行\\\n  第二行\n')).toEqual([
      { kind: 'point', text: [{ text: '输入 110 报警' }] },
      { kind: 'point', text: [{ text: '第一行 第二行' }] },
    ]);
    expect(
      slides(
        '- 看 <CaseLink slug="x">这个案例</CaseLink>、<CaseLink slug="y" /> 和 <Foo slug="z" />\n',
      ),
    ).toEqual([{ kind: 'point', text: [{ text: '看 这个案例、《CaseLink:y》 和' }] }]);
  });

  it('a bold item alone is its text, not a heading; a lead keeps punctuation inside it', () => {
    expect(slides('- **只有粗体。**\n- **注意：别转。** 后面的话\n')).toEqual([
      { kind: 'point', text: [{ text: '只有粗体。', strong: true }] },
      { kind: 'point', heading: '注意：别转', text: [{ text: '后面的话' }] },
    ]);
  });

  it('an empty list item, a rule, a quote and a code block make no slide', () => {
    expect(slides('- \n- 挂断\n\n---\n\n> 引用\n\n```\ncode\n```\n')).toEqual([
      { kind: 'point', text: [{ text: '挂断' }] },
    ]);
  });

  it('a callout’s tone follows its type, its text is its paragraphs only', () => {
    const callout = (attrs: string) =>
      slides(`<Callout ${attrs}>\n\n要先核实。\n\n- 列表不算\n\n</Callout>`);
    expect(callout('type="law" title="法律规定"')).toEqual([
      { kind: 'point', heading: '法律规定', text: [{ text: '要先核实。' }], tone: 'note' },
    ]);
    expect(callout('type="warning"')).toEqual([
      { kind: 'point', text: [{ text: '要先核实。' }], tone: 'danger' },
    ]);
  });

  it('a line with no speaker is the scammer’s, and missing parts are empty', () => {
    expect(slides('<Line says="交保证金" />')).toEqual([
      { kind: 'line', who: '骗子', says: '交保证金', sign: '', reply: '' },
    ]);
  });

  it('reads data written as JavaScript: bare keys, any spacing, trailing commas', () => {
    expect(
      slides(
        '<TrueFalse items={[{q:"刷单能赚钱。",right:true,why:"x"},]} />\n\n' +
          '<TrueFalse items={[\n    {  q :  "a", right: false, why: "b" },\n]} />',
      ),
    ).toEqual([
      { kind: 'question', question: '刷单能赚钱。', answer: '对：x', right: true },
      { kind: 'question', question: 'a', answer: '错：b', right: false },
    ]);
    expect(slides('<DoDont dos={["挂断"]} />')).toEqual([
      { kind: 'list', heading: '要这样做', items: ['挂断'], tone: 'safe' },
      { kind: 'list', heading: '千万不要', items: [], tone: 'danger' },
    ]);
  });

  it('refuses data it cannot read and a true/false item without its answer, naming the file', () => {
    expect(() => slides('<DoDont dos={items} donts={[]} />')).toThrow(
      'content/guides/x.mdx: <DoDont> dos={…} is not plain data',
    );
    for (const item of [
      '{ right: true, why: "b" }',
      '{ q: "a", why: "b" }',
      '{ q: "a", right: "yes", why: "b" }',
      '{ q: "a", right: true }',
    ])
      expect(() => slides(`<TrueFalse items={[${item}]} />`)).toThrow(
        'content/guides/x.mdx: a <TrueFalse> item needs q, right and why',
      );
    expect(slides('<TrueFalse items={{ q: "a" }} />')).toEqual([]);
  });

  it('finds a piece by its id inside a wrapper, and only a <Printable>', () => {
    const body =
      '<div id="a">\n\n- 不是这里\n\n</div>\n\n<div class="kit">\n\n<Printable id="a" title="A">\n\n- 是这里\n\n</Printable>\n\n</div>';
    expect(slides(body, 'a')).toEqual([{ kind: 'point', text: [{ text: '是这里' }] }]);
  });

  it('reads attributes by name, in any order; non-text entries of a list are dropped', () => {
    expect(slides('<Line reply="挂断" says="交保证金" who="“客服”" sign="要钱" />')).toEqual([
      { kind: 'line', who: '“客服”', says: '交保证金', sign: '要钱', reply: '挂断' },
    ]);
    expect(slides('<DoDont donts={["转账", 110]} dos={["挂断"]} />')).toEqual([
      { kind: 'list', heading: '要这样做', items: ['挂断'], tone: 'safe' },
      { kind: 'list', heading: '千万不要', items: ['转账'], tone: 'danger' },
    ]);
  });

  it('trims every space at the ends of a slide’s text; a bold item followed by nothing is its text', () => {
    expect(slides('- 打电话给  <Foo />\n- **停下。** <Foo />\n')).toEqual([
      { kind: 'point', text: [{ text: '打电话给' }] },
      { kind: 'point', text: [{ text: '停下。', strong: true }] },
    ]);
  });

  it('a picture and the figures drawn for the page make no slide', () => {
    expect(slides('![海报](/images/a.png)\n\n<CampaignFigures />\n\n- 挂断\n')).toEqual([
      { kind: 'point', text: [{ text: '挂断' }] },
    ]);
  });

  it('refuses a component it does not know, naming the file, rather than dropping it', () => {
    expect(() => slides('<Chart data={[1]} />')).toThrow(/content\/guides\/x\.mdx.*<Chart>/);
  });
});

describe('sizeStep', () => {
  it('gives short slides the biggest type and long ones the smallest', () => {
    expect(sizeStep(slideLength({ kind: 'section', title: '一眼识别' }))).toBe(1);
    expect(sizeStep(40)).toBe(2);
    expect(sizeStep(100)).toBe(3);
    expect(sizeStep(200)).toBe(4);
  });
  it('steps down just past 24, 60 and 120 characters', () => {
    expect([24, 25, 60, 61, 120, 121].map(sizeStep)).toEqual([1, 2, 2, 3, 3, 4]);
  });
});

describe('slideLength', () => {
  it('counts every character a slide shows, of each kind', () => {
    expect(
      slideLength({
        kind: 'point',
        heading: '保存证据',
        text: [{ text: '两个' }, { text: '字', strong: true }],
        items: [[{ text: '聊天记录' }], [{ text: '转账' }, { text: '记录' }]],
      }),
    ).toBe(4 + 3 + 4 + 4);
    expect(slideLength({ kind: 'point', text: [{ text: '挂断' }] })).toBe(2);
    expect(
      slideLength({ kind: 'line', who: '骗子', says: '交保证金', sign: '要钱', reply: '挂断电话' }),
    ).toBe(10);
    expect(
      slideLength({
        kind: 'list',
        heading: '千万不要',
        items: ['转账', '给验证码'],
        tone: 'danger',
      }),
    ).toBe(6);
    expect(
      slideLength({ kind: 'question', question: '刷单能赚钱。', answer: '错：鱼饵', right: false }),
    ).toBe(6);
    expect(slideLength({ kind: 'title', title: '刷单', lead: '凡是刷单，都是诈骗' })).toBe(11);
    expect(slideLength({ kind: 'title', title: '刷单' })).toBe(2);
    expect(slideLength({ kind: 'section', title: '一眼识别' })).toBe(4);
    expect(slideLength({ kind: 'hotlines' })).toBe(0);
  });
});

describe('deckSlides', () => {
  const body = (): Slide[] => [{ kind: 'section', title: '一眼识别' }];
  it('frames the body: title and rule first, then the hotlines and the QR code last', () => {
    expect(kinds(deckSlides('刷单', '凡是刷单，都是诈骗', body))).toEqual([
      'title',
      'section',
      'hotlines',
      'end',
    ]);
    expect(deckSlides('刷单', '凡是刷单，都是诈骗', body)[0]).toEqual({
      kind: 'title',
      title: '刷单',
      lead: '凡是刷单，都是诈骗',
    });
  });
  it('puts the editor’s own slides in place of the body’s, without reading the body', () => {
    const unread = () => {
      throw new Error('the body was read');
    };
    const list = deckSlides('刷单', undefined, unread, [
      { heading: '记住', text: '凡是刷单，都是诈骗。' },
      { text: '拿不准打 96110。' },
    ]);
    expect(list).toEqual([
      { kind: 'title', title: '刷单' },
      { kind: 'point', heading: '记住', text: [{ text: '凡是刷单，都是诈骗。' }] },
      { kind: 'point', text: [{ text: '拿不准打 96110。' }] },
      { kind: 'hotlines' },
      { kind: 'end' },
    ]);
  });
});
