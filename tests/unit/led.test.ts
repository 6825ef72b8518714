import { describe, expect, it } from 'vitest';
import {
  LED_DEFAULTS,
  LED_SCHEMES,
  LED_SIZES,
  LED_SPEEDS,
  ledDwellSeconds,
  ledQuery,
  ledScrollSeconds,
  ledUrl,
  parseLedChoice,
  selectSlogans,
  type LedChoice,
  type LedSlogan,
} from '../../src/lib/led';

const SLOGANS: LedSlogan[] = [
  { id: 'san-bu-yi-duo', kind: 'official' },
  { id: 'jiushi-buzhuanqian', kind: 'official' },
  { id: 'shuadan-tiantou', kind: 'original' },
  { id: 'mosheng-lianjie', kind: 'original' },
];
const IDS = SLOGANS.map((s) => s.id);
const parse = (query: string) => parseLedChoice(new URLSearchParams(query), IDS);
const shown = (query: string) => selectSlogans(parse(query), SLOGANS).map((s) => s.id);

describe('parseLedChoice: an officer’s link', () => {
  it('the defaults are real choices, which the plain link leaves out', () => {
    expect(LED_SPEEDS).toHaveProperty(LED_DEFAULTS.speed);
    expect(LED_SIZES).toHaveProperty(LED_DEFAULTS.size);
    expect(LED_SCHEMES).toHaveProperty(LED_DEFAULTS.scheme);
    expect(ledQuery(LED_DEFAULTS)).toBe('');
    expect(ledQuery(parse('set=all&speed=normal&size=large&scheme=red-black'))).toBe('');
  });
  it('with no parameters shows every slogan at the defaults', () => {
    expect(parse('')).toEqual(LED_DEFAULTS);
    expect(shown('')).toEqual(IDS);
  });

  it('reads every known value', () => {
    expect(parse('?set=original&speed=fast&size=huge&scheme=white-blue')).toEqual({
      set: 'original',
      ids: [],
      speed: 'fast',
      size: 'huge',
      scheme: 'white-blue',
    });
  });

  it('falls back to the default for an unknown, empty, repeated-case or markup value', () => {
    expect(parse('set=secret&speed=warp&size=&scheme=<script>alert(1)</script>')).toEqual(
      LED_DEFAULTS,
    );
    expect(parse('speed=FAST&size=Large&scheme=red')).toEqual(LED_DEFAULTS);
    expect(parse('speed=constructor&size=toString&scheme=__proto__')).toEqual(LED_DEFAULTS);
  });

  it('keeps only known ids, once each, in the link’s order, from a comma list or repeated ids', () => {
    expect(parse('ids=mosheng-lianjie,san-bu-yi-duo').ids).toEqual([
      'mosheng-lianjie',
      'san-bu-yi-duo',
    ]);
    expect(parse('ids=shuadan-tiantou&ids=san-bu-yi-duo').ids).toEqual([
      'shuadan-tiantou',
      'san-bu-yi-duo',
    ]);
    expect(
      parse('ids=nope,san-bu-yi-duo,<b>x</b>,san-bu-yi-duo, jiushi-buzhuanqian ,').ids,
    ).toEqual(['san-bu-yi-duo', 'jiushi-buzhuanqian']);
  });
});

describe('selectSlogans', () => {
  it('shows a set in file order', () => {
    expect(shown('set=official')).toEqual(['san-bu-yi-duo', 'jiushi-buzhuanqian']);
    expect(shown('set=original')).toEqual(['shuadan-tiantou', 'mosheng-lianjie']);
  });
  it('shows chosen ids in the chosen order, whatever the set says', () => {
    expect(shown('set=official&ids=mosheng-lianjie,shuadan-tiantou')).toEqual([
      'mosheng-lianjie',
      'shuadan-tiantou',
    ]);
  });
  it('skips a chosen id the page does not carry', () => {
    expect(
      selectSlogans({ ...LED_DEFAULTS, ids: ['gone', 'mosheng-lianjie'] }, SLOGANS).map(
        (s) => s.id,
      ),
    ).toEqual(['mosheng-lianjie']);
  });
  it('never shows nothing: unknown ids fall back to the set, an empty set to all', () => {
    expect(shown('ids=gone,also-gone&set=original')).toEqual([
      'shuadan-tiantou',
      'mosheng-lianjie',
    ]);
    expect(shown('ids=gone')).toEqual(IDS);
    const noOriginals = SLOGANS.filter((s) => s.kind === 'official');
    expect(selectSlogans(parse('set=original'), noOriginals).map((s) => s.id)).toEqual([
      'san-bu-yi-duo',
      'jiushi-buzhuanqian',
    ]);
  });
});

describe('ledQuery and ledUrl: the link the builder gives out', () => {
  const choice = (over: Partial<LedChoice>): LedChoice => ({ ...LED_DEFAULTS, ...over });

  it('is the bare address for the defaults, and names only what differs', () => {
    expect(ledUrl(LED_DEFAULTS)).toBe('/toolkit/led/');
    expect(ledUrl(choice({ speed: 'slow', scheme: 'yellow-black' }))).toBe(
      '/toolkit/led/?speed=slow&scheme=yellow-black',
    );
    expect(ledQuery(choice({ set: 'official', size: 'huge' }))).toBe('?set=official&size=huge');
  });

  it('lists chosen ids with commas and leaves out the set they override', () => {
    expect(ledQuery(choice({ set: 'original', ids: ['mosheng-lianjie', 'san-bu-yi-duo'] }))).toBe(
      '?ids=mosheng-lianjie,san-bu-yi-duo',
    );
  });

  it('means what it says: every choice read back from its own link is the same choice', () => {
    for (const speed of Object.keys(LED_SPEEDS) as LedChoice['speed'][])
      for (const size of Object.keys(LED_SIZES) as LedChoice['size'][])
        for (const scheme of Object.keys(LED_SCHEMES) as LedChoice['scheme'][])
          for (const set of ['all', 'official', 'original'] as const) {
            const c = choice({ set, speed, size, scheme });
            expect(parse(ledQuery(c))).toEqual(c);
          }
    const withIds = choice({ ids: ['jiushi-buzhuanqian', 'shuadan-tiantou'] });
    expect(parse(ledQuery(withIds))).toEqual(withIds);
  });
});

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('LED colour schemes', () => {
  it('each passes WCAG AA contrast (4.5:1, though the text is huge)', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
    for (const [name, { fg, bg }] of Object.entries(LED_SCHEMES))
      expect(contrast(fg, bg), name).toBeGreaterThanOrEqual(4.5);
  });
});

describe('timing', () => {
  it('scrolls a line at the chosen speed in characters per second', () => {
    // 1000 px of screen and text, 100 px characters: 10 characters' way.
    expect(ledScrollSeconds(1000, 100, 'normal')).toBeCloseTo(10 / LED_SPEEDS.normal);
    expect(ledScrollSeconds(1000, 100, 'fast')).toBeLessThan(ledScrollSeconds(1000, 100, 'slow'));
  });
  it('with reduced motion, keeps a slogan long enough to read it, at least four seconds', () => {
    expect(ledDwellSeconds('就是不转钱', 'fast')).toBe(4);
    const long = '未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实';
    expect(ledDwellSeconds(long, 'slow')).toBe(Math.ceil(31 / LED_SPEEDS.slow) + 2);
    expect(ledDwellSeconds(long, 'slow')).toBeGreaterThan(ledDwellSeconds(long, 'fast'));
  });
});
