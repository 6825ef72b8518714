import { describe, expect, it } from 'vitest';
import { LrcError, lineAt, parseLrc } from '../../src/lib/lrc';

const FILE = 'content/song/test.lrc';

function errorOf(source: string): LrcError {
  try {
    parseLrc(source, FILE);
  } catch (error) {
    if (error instanceof LrcError) return error;
    throw error;
  }
  throw new Error('expected parseLrc to throw');
}

describe('parseLrc', () => {
  it('reads timestamps in every common precision', () => {
    const { lines } = parseLrc(
      '[00:01]一\n[00:02.5]二\n[00:03.25]三\n[01:04.125]四\n[00:05:50]五',
      FILE,
    );
    expect(lines).toEqual([
      { time: 1, text: '一' },
      { time: 2.5, text: '二' },
      { time: 3.25, text: '三' },
      { time: 5.5, text: '五' },
      { time: 64.125, text: '四' },
    ]);
  });

  it('repeats a line that carries several timestamps, in time order', () => {
    const { lines } = parseLrc('[00:10.00][00:40.00]就是不转钱\n[00:20.00]中间一句', FILE);
    expect(lines.map((l) => [l.time, l.text])).toEqual([
      [10, '就是不转钱'],
      [20, '中间一句'],
      [40, '就是不转钱'],
    ]);
  });

  it('applies [offset:] in milliseconds: positive shows lines earlier, never before 0', () => {
    expect(parseLrc('[offset:+500]\n[00:10.00]甲\n[00:00.20]乙', FILE).lines).toEqual([
      { time: 0, text: '乙' },
      { time: 9.5, text: '甲' },
    ]);
    const late = parseLrc('[offset:-1000]\n[00:10.00]甲', FILE);
    expect(late.offsetMs).toBe(-1000);
    expect(late.lines[0]!.time).toBe(11);
  });

  it('skips blank lines and keeps metadata apart from the lyrics', () => {
    const source =
      '\uFEFF[ti:就是不转钱]\r\n[ar:哈尔滨市公安局]\r\n\r\n   \r\n[#:注释]\r\n[00:01.00]第一句\r\n';
    const lyrics = parseLrc(source, FILE);
    expect(lyrics.meta).toEqual({ ti: '就是不转钱', ar: '哈尔滨市公安局' });
    expect(lyrics.lines).toEqual([{ time: 1, text: '第一句' }]);
  });

  it('accepts every common metadata tag, trims values and text, and reads a long song', () => {
    const tags = ['ti', 'ar', 'al', 'au', 'by', 're', 've', 'length', 'tool'];
    const lyrics = parseLrc(
      `${tags.map((t) => `[${t.toUpperCase()}: ${t}值 ]`).join('\n')}\n[100:05.5]  最后一句  `,
      FILE,
    );
    expect(lyrics.meta).toEqual(Object.fromEntries(tags.map((t) => [t, `${t}值`])));
    expect(lyrics.lines).toEqual([{ time: 6005.5, text: '最后一句' }]);
  });

  it('reads an offset with or without its sign', () => {
    expect(parseLrc('[offset:250]\n[00:01.00]好', FILE).offsetMs).toBe(250);
    expect(parseLrc('[offset: -250 ]\n[00:01.00]好', FILE).offsetMs).toBe(-250);
  });

  it('keeps an empty timed line (a pause in the singing)', () => {
    expect(parseLrc('[00:01.00]唱\n[00:05.00]', FILE).lines[1]).toEqual({ time: 5, text: '' });
  });

  it('fails on a line with no timestamp, naming the file and line', () => {
    const error = errorOf('[ti:歌]\n[00:01.00]第一句\n第二句忘了时间');
    expect(error.message).toContain(`${FILE}:3:`);
    expect(error.line).toBe(3);
    expect(error.message).toContain('第二句忘了时间');
  });

  it('fails on a broken timestamp, an unknown tag, a bad offset or 60+ seconds', () => {
    expect(errorOf('[00:01.00]好\n[00:0a.00]坏').line).toBe(2);
    expect(errorOf('[00:01.00][00:02.00 坏').line).toBe(1);
    expect(errorOf('[xyz:什么]\n[00:01.00]好').message).toContain('[xyz:…]');
    expect(errorOf('[offset:快一点]\n[00:01.00]好').message).toContain('offset');
    expect(errorOf('[00:75.00]好').message).toContain('60');
    expect(errorOf('[00:60.00]好').message).toContain('秒数应小于 60: [00:60.00]');
  });

  it('fails on a tag or a timestamp that does not stand at the start of its line', () => {
    expect(errorOf('[00:01.00]好\n歌[00:02.00]词').line).toBe(2);
    expect(errorOf('[00:01.00]好\n注[ti:歌名]').line).toBe(2);
    expect(errorOf('[ti:歌名]多余的字\n[00:01.00]好').line).toBe(1);
  });

  it('names the broken timestamp and says what is wrong, as an LrcError', () => {
    const error = errorOf('[00:01.00][00:02.00 坏');
    expect(error.name).toBe('LrcError');
    expect(error.message).toBe(`${FILE}:1: 时间标签写错了: [00:02.00 坏]`);
    expect(errorOf('[00:1.00]好').message).toContain('[00:1.00]');
    expect(errorOf('[0a:01.00]好').message).toContain('[0a:01.00]');
  });

  it('refuses an offset that is not a whole number of milliseconds', () => {
    for (const offset of ['ms100', '100ms', '1.5', '+', ''])
      expect(errorOf(`[offset:${offset}]\n[00:01.00]好`).message).toContain('offset 应为整数毫秒');
  });

  it('fails on a file with no timed lines at all', () => {
    expect(errorOf('[ti:歌]\n\n').message).toContain('没有一行带时间的歌词');
  });
});

describe('lineAt', () => {
  const lines = [{ time: 1 }, { time: 3 }, { time: 3 }, { time: 7 }];
  it('finds the last line that has started', () => {
    expect(lineAt(lines, 0.5)).toBe(-1);
    expect(lineAt(lines, 1)).toBe(0);
    expect(lineAt(lines, 2.9)).toBe(0);
    expect(lineAt(lines, 3)).toBe(2);
    expect(lineAt(lines, 100)).toBe(3);
    expect(lineAt([], 5)).toBe(-1);
  });
});
