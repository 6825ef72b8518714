/**
 * The layouts of the share images (src/lib/poster-layouts.ts), read as trees without drawing
 * them: what each image says, what stands out, and how text is sized. tests/unit/poster.test.ts
 * draws them.
 */
import { describe, expect, it } from 'vitest';
import {
  ogTree,
  posterTree,
  qrImage,
  wallpaperTree,
  type Node,
} from '../../src/lib/poster-layouts';
import type { ShareImageContent, ShareImageWords } from '../../src/lib/poster';

const words: ShareImageWords = {
  site: '冰城反诈',
  police: '报警',
  antiFraudLine: '反诈咨询',
  scan: '扫码打开这一页',
};
const content: ShareImageContent = {
  title: '刷单返利诈骗',
  lineLabel: '识别口诀',
  line: '凡是刷单，都是诈骗',
  pointsLabel: '一眼识别',
  points: ['要你先垫钱', '要你下载陌生App', '先返小钱', '第四条不上海报'],
  url: 'https://fanzha.example.cn/guides/shuadan-fanli/',
};
const qr: Node = { type: 'img', props: { src: 'qr', width: 10, height: 10 } };

const childrenOf = (node: Node): (Node | string)[] => {
  const c = node.props.children;
  return c === undefined ? [] : Array.isArray(c) ? c : [c];
};
/** Every text block of a tree, in reading order, with its style. */
function texts(node: Node): { text: string; style: Record<string, string | number> }[] {
  return childrenOf(node).flatMap((child) =>
    typeof child === 'string' ? [{ text: child, style: node.props.style ?? {} }] : texts(child),
  );
}
const said = (node: Node) => texts(node).map((t) => t.text);
const styleOf = (node: Node, text: string) => texts(node).find((t) => t.text === text)?.style;
/** The box around a text block (the block's parent). */
function boxOf(node: Node, text: string): Node | undefined {
  for (const child of childrenOf(node)) {
    if (typeof child === 'string') continue;
    if (childrenOf(child).includes(text)) return node;
    const found = boxOf(child, text);
    if (found) return found;
  }
  return undefined;
}

describe('the poster', () => {
  it('says the site, title, line with its label, three points, both hotlines, and the address', () => {
    expect(said(posterTree(content, words, qr, 1))).toEqual([
      '冰城反诈',
      '刷单返利诈骗',
      '识别口诀',
      '凡是刷单，都是诈骗',
      '一眼识别',
      '要你先垫钱',
      '要你下载陌生App',
      '先返小钱',
      '110',
      '报警',
      '96110',
      '反诈咨询',
      '扫码打开这一页',
      'https://fanzha.example.cn/guides/shuadan-fanli/',
    ]);
  });
  it('leaves out the line’s label, the line and the points’ label when there is nothing for them', () => {
    const bare = { ...content, lineLabel: '', line: '', points: [] };
    expect(said(posterTree(bare, words, qr, 1))).toEqual([
      '冰城反诈',
      '刷单返利诈骗',
      '110',
      '报警',
      '96110',
      '反诈咨询',
      '扫码打开这一页',
      'https://fanzha.example.cn/guides/shuadan-fanli/',
    ]);
  });
  it('110 stands out in red, 96110 in the site’s blue, as on the footer', () => {
    const tree = posterTree(content, words, qr, 1);
    expect(styleOf(tree, '110')?.['color']).toBe('#b3261e');
    expect(styleOf(tree, '96110')?.['color']).toBe('#0b3d91');
    const police = boxOf(tree, '110')!.props.style!;
    const line = boxOf(tree, '96110')!.props.style!;
    expect([police['border'], police['backgroundColor']]).toEqual(['4px solid #b3261e', '#fdecea']);
    expect([line['border'], line['backgroundColor']]).toEqual(['4px solid #0b3d91', '#ffffff']);
  });
  it('scales its text by k, and sets a line longer than a 口诀 (30 characters) smaller', () => {
    const size = (c: ShareImageContent, k: number, text: string) =>
      styleOf(posterTree(c, words, qr, k), text)?.['fontSize'];
    expect(size(content, 1, content.title)).toBe(72);
    expect(size(content, 0.5, content.title)).toBe(36);
    const thirty = '凡'.repeat(30);
    const longer = '凡'.repeat(31);
    expect(size({ ...content, line: thirty }, 1, thirty)).toBe(44);
    expect(size({ ...content, line: longer }, 1, longer)).toBe(36);
    expect(size({ ...content, line: longer }, 0.5, longer)).toBe(18);
  });
});

describe('the link preview', () => {
  it('says the site, the title, the line and both hotlines, with the QR code beside', () => {
    const tree = ogTree(content, words, qr, 1);
    expect(said(tree)).toEqual(['冰城反诈', '刷单返利诈骗', '凡是刷单，都是诈骗', '110 · 96110']);
    expect(JSON.stringify(tree)).toContain('"src":"qr"');
    expect(said(ogTree({ ...content, line: '' }, words, qr, 1))).toEqual([
      '冰城反诈',
      '刷单返利诈骗',
      '110 · 96110',
    ]);
  });
  it('scales its text by k and sets a long line smaller', () => {
    const size = (line: string, k: number) =>
      styleOf(ogTree({ ...content, line }, words, qr, k), line)?.['fontSize'];
    expect(size('凡'.repeat(30), 1)).toBe(34);
    expect(size('凡'.repeat(31), 1)).toBe(28);
    expect(size('凡'.repeat(31), 0.5)).toBe(14);
    expect(styleOf(ogTree(content, words, qr, 0.5), content.title)?.['fontSize']).toBe(30);
  });
});

describe('the slogan wallpaper', () => {
  const lines = (slogan: string) => said(wallpaperTree(slogan, words, 1)).slice(0, -1);
  const size = (slogan: string, k = 1) =>
    texts(wallpaperTree(slogan, words, k))[0]?.style['fontSize'];
  it('puts each clause on a line of its own, the comma kept, then the site', () => {
    expect(lines('不轻信，不转账,不透露')).toEqual(['不轻信，', '不转账,', '不透露']);
    expect(said(wallpaperTree('不轻信', words, 1))).toEqual(['不轻信', '冰城反诈']);
    expect(lines('不轻信，不转账，')).toEqual(['不轻信，', '不转账，']);
  });
  it('sets the slogan as large as fits: 160 px at most, less for a long clause or many lines', () => {
    expect(size('不轻信，不转账')).toBe(160);
    // 1600 px of width over the longest clause (20 characters).
    expect(size('一二三四五六七八九十一二三四五六七八九十')).toBe(80);
    // 760 px of height over five lines of 1.35.
    expect(size('一，二，三，四，五')).toBe(112);
    expect(size('一二三四五六七八九十一二三四五六七八九十', 0.5)).toBe(40);
    // The longest clause decides (19 characters and its comma), not the shortest.
    expect(size('一二三四五六七八九十一二三四五六七八九，短')).toBe(80);
  });
});

describe('qrImage', () => {
  it('is a whole number of pixels per module, as large as fits the target', async () => {
    const image = await qrImage(content.url, 300);
    const svg = Buffer.from(image.props.src!.split(',')[1]!, 'base64').toString();
    const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    const size = image.props.width!;
    expect(modules).toBeGreaterThan(20);
    expect(size % modules).toBe(0);
    expect(size).toBeLessThanOrEqual(300);
    expect(size).toBeGreaterThan(300 - modules);
    expect(image.props.height).toBe(size);
    expect(image.props.style).toEqual({ width: size, height: size });
    expect(svg).toContain(`<svg width="${size}" height="${size}" `);
  });
});
