/**
 * A strict parser for LRC time-synced lyrics, used at build time for the song page.
 *
 * Accepted, per the common LRC convention:
 *   [ti:就是不转钱]            metadata tags (ti, ar, al, au, by, re, ve, length, offset, #)
 *   [00:12.34]歌词              one timestamp: mm:ss, mm:ss.x, mm:ss.xx, mm:ss.xxx (or mm:ss:xx)
 *   [00:12.34][01:40.00]歌词    several timestamps: the same line is sung more than once
 *   [offset:+250]              milliseconds; positive shows every line earlier (time − offset)
 *   blank lines                ignored
 * Anything else is a mistake in the file, and fails the build naming the file and the line:
 * a song leader reading lyrics off a screen must never see a half-parsed line.
 */

interface LyricLine {
  /** Seconds from the start of the recording, after the offset is applied (never below 0). */
  time: number;
  text: string;
}

export interface Lyrics {
  /** Metadata tags in the file, keyed by tag name (lower case), offset excluded. */
  meta: Readonly<Record<string, string>>;
  /** The `[offset:…]` value in milliseconds (0 when absent). */
  offsetMs: number;
  /** Lines sorted by time; a line with several timestamps appears once per timestamp. */
  lines: readonly LyricLine[];
}

export class LrcError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'LrcError';
  }
}

const META_TAGS = new Set([
  'ti',
  'ar',
  'al',
  'au',
  'by',
  're',
  've',
  'length',
  'offset',
  'tool',
  '#',
]);
const STAMP = /^\[(\d{1,3}):(\d{2})(?:[.:](\d{1,3}))?\]/;
const META = /^\[([a-z#]+):(.*)\]$/i;

/** Parses LRC text; `file` names the source in error messages (e.g. content/song/x.lrc). */
export function parseLrc(source: string, file: string): Lyrics {
  const meta: Record<string, string> = {};
  let offsetMs = 0;
  const stamped: { stamp: number; text: string }[] = [];

  const rows = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  rows.forEach((raw, index) => {
    const lineNo = index + 1;
    const row = raw.trim();
    if (row === '') return;

    if (!STAMP.test(row)) {
      const tag = META.exec(row);
      if (!tag) {
        throw new LrcError(
          file,
          lineNo,
          `不是歌词行也不是标签（应以 [分:秒.百分秒] 或 [ti:…] 开头）: ${row}`,
        );
      }
      const name = tag[1]!.toLowerCase();
      const value = tag[2]!.trim();
      if (!META_TAGS.has(name)) throw new LrcError(file, lineNo, `不认识的标签 [${tag[1]}:…]`);
      if (name === 'offset') {
        if (!/^[+-]?\d+$/.test(value))
          throw new LrcError(file, lineNo, `offset 应为整数毫秒，如 [offset:+250]: ${row}`);
        offsetMs = Number(value);
      } else if (name !== '#') {
        meta[name] = value;
      }
      return;
    }

    const stamps: number[] = [];
    let rest = row;
    for (let m = STAMP.exec(rest); m; m = STAMP.exec(rest)) {
      const [whole, min, sec, frac] = m;
      if (Number(sec) >= 60) throw new LrcError(file, lineNo, `秒数应小于 60: ${whole}`);
      const fraction = frac === undefined ? 0 : Number(frac) / 10 ** frac.length;
      stamps.push(Number(min) * 60 + Number(sec) + fraction);
      rest = rest.slice(whole.length);
    }
    if (rest.startsWith('['))
      throw new LrcError(file, lineNo, `时间标签写错了: ${rest.split(']')[0]}]`);
    const text = rest.trim();
    for (const stamp of stamps) stamped.push({ stamp, text });
  });

  if (stamped.length === 0) throw new LrcError(file, rows.length, '文件里没有一行带时间的歌词');

  const lines = stamped
    .map(({ stamp, text }) => ({ time: Math.max(0, round(stamp - offsetMs / 1000)), text }))
    .sort((a, b) => a.time - b.time);
  return { meta, offsetMs, lines };
}

/** Index of the line being sung at `seconds` (−1 before the first line); `lines` sorted by time. */
export function lineAt(lines: readonly { time: number }[], seconds: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.time <= seconds) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
