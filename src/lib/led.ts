/**
 * The LED slogan view (/toolkit/led/): what its query string may choose, and how it is read.
 * An officer sends a ready link (built by the form on /toolkit/), a shop or bank screen opens
 * it, so a link with a typo or an old parameter must still show slogans: every value is checked
 * against the lists below and anything unknown falls back to the default, never to an error.
 *
 * Query parameters (all optional; content/README.md documents them for editors):
 *
 * | name     | values                                         | default     |
 * |----------|------------------------------------------------|-------------|
 * | `set`    | `all`, `official`, `original`                  | `all`       |
 * | `ids`    | slogan ids from content/slogans.yaml, comma-separated or repeated (`ids=a&ids=b`, as a form sends them); unknown ids are ignored; when any is known, only those are shown, in that order, and `set` is ignored | none |
 * | `speed`  | `slow`, `normal`, `fast`                       | `normal`    |
 * | `size`   | `medium`, `large`, `huge`                      | `large`     |
 * | `scheme` | `red-black`, `yellow-black`, `green-black`, `white-red`, `white-blue` | `red-black` |
 *
 * Nothing from the query string is ever shown: it only selects among values listed here and
 * slogans already in the page.
 */
import { PAGES } from '../data/urls';

export const LED_SETS = ['all', 'official', 'original'] as const;
export type LedSet = (typeof LED_SETS)[number];

/**
 * Scrolling speed in characters (1 em, one CJK character) per second: slow enough to read from
 * across a shop at `slow`, quick enough for a passer-by at `fast`. With reduced motion the same
 * step sets how long each slogan stays (ledDwellSeconds).
 */
export const LED_SPEEDS = { slow: 1.5, normal: 2.5, fast: 4 } as const;
export type LedSpeed = keyof typeof LED_SPEEDS;

/**
 * Text height as a share of the screen height (vh): the view is one line, so the height is what
 * counts. `huge` fills a shop's low, wide LED strip; `medium` leaves room on a lobby TV.
 */
export const LED_SIZES = { medium: 40, large: 55, huge: 75 } as const;
export type LedSize = keyof typeof LED_SIZES;

/**
 * Colour schemes LED boards can show: one bright colour on black, or white on a dark colour.
 * Each pair has at least 4.5:1 contrast (WCAG AA for normal text, though the text is huge);
 * tests/unit/led.test.ts computes it. They live here, not in global.css, because they are chosen
 * at run time from the link: the client sets them as the view's colours.
 */
export const LED_SCHEMES = {
  'red-black': { fg: '#ff4040', bg: '#000000' },
  'yellow-black': { fg: '#ffe14d', bg: '#000000' },
  'green-black': { fg: '#33ff66', bg: '#000000' },
  'white-red': { fg: '#ffffff', bg: '#b3261e' },
  'white-blue': { fg: '#ffffff', bg: '#0b3d91' },
} as const;
export type LedScheme = keyof typeof LED_SCHEMES;

/** What a link chooses. `ids` holds only known ids, without repeats, in the link's order. */
export interface LedChoice {
  set: LedSet;
  ids: string[];
  speed: LedSpeed;
  size: LedSize;
  scheme: LedScheme;
}

export const LED_DEFAULTS: Readonly<LedChoice> = {
  set: 'all',
  ids: [],
  speed: 'normal',
  size: 'large',
  scheme: 'red-black',
};

/** A slogan as the view needs it: its id and whether it is official wording. */
export interface LedSlogan {
  id: string;
  kind: 'official' | 'original';
}

const oneOf = <T extends string>(keys: readonly T[], value: string | null, fallback: T): T =>
  (keys as readonly (string | null)[]).includes(value) ? (value as T) : fallback;

/** Reads a link's query string; `knownIds` are the slogans the page carries. */
export function parseLedChoice(query: URLSearchParams, knownIds: readonly string[]): LedChoice {
  const known = new Set(knownIds);
  const ids: string[] = [];
  for (const value of query.getAll('ids')) {
    for (const id of value.split(',')) {
      const trimmed = id.trim();
      if (known.has(trimmed) && !ids.includes(trimmed)) ids.push(trimmed);
    }
  }
  return {
    set: oneOf(LED_SETS, query.get('set'), LED_DEFAULTS.set),
    ids,
    speed: oneOf(keysOf(LED_SPEEDS), query.get('speed'), LED_DEFAULTS.speed),
    size: oneOf(keysOf(LED_SIZES), query.get('size'), LED_DEFAULTS.size),
    scheme: oneOf(keysOf(LED_SCHEMES), query.get('scheme'), LED_DEFAULTS.scheme),
  };
}

/**
 * The query string for a choice (with its `?`, or empty for the defaults): only what differs
 * from the default, so the link an officer sends stays short. `set` is left out when ids are
 * chosen, since they override it.
 */
export function ledQuery(choice: LedChoice): string {
  const params: string[] = [];
  if (choice.ids.length > 0) params.push(`ids=${choice.ids.map(encodeURIComponent).join(',')}`);
  else if (choice.set !== LED_DEFAULTS.set) params.push(`set=${choice.set}`);
  for (const key of ['speed', 'size', 'scheme'] as const) {
    if (choice[key] !== LED_DEFAULTS[key]) params.push(`${key}=${choice[key]}`);
  }
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/**
 * The LED slogan view with that choice (here, not in src/data/urls.ts, so that a page script
 * that needs only an address does not load the LED code).
 */
export const ledUrl = (choice: LedChoice): string => `${PAGES.toolkitLed}${ledQuery(choice)}`;

/**
 * The slogans a choice shows, in order: the chosen ids, else those of the chosen set (in file
 * order); never none — an empty selection shows them all.
 */
export function selectSlogans<T extends LedSlogan>(choice: LedChoice, slogans: readonly T[]): T[] {
  const byId = new Map(slogans.map((s) => [s.id, s]));
  const chosen =
    choice.ids.length > 0
      ? choice.ids.flatMap((id) => byId.get(id) ?? [])
      : slogans.filter((s) => choice.set === 'all' || s.kind === choice.set);
  return chosen.length > 0 ? chosen : [...slogans];
}

/**
 * With reduced motion each slogan stands still for this many seconds: long enough to read it at
 * the chosen speed, plus a pause, and never less than four seconds.
 */
export function ledDwellSeconds(text: string, speed: LedSpeed): number {
  return Math.max(4, Math.ceil([...text].length / LED_SPEEDS[speed]) + 2);
}

/**
 * How long one slogan takes to cross the screen: `distancePx` (screen width plus the text's) at
 * the chosen speed for text `fontPx` high.
 */
export function ledScrollSeconds(distancePx: number, fontPx: number, speed: LedSpeed): number {
  return distancePx / (fontPx * LED_SPEEDS[speed]);
}

function keysOf<T extends object>(record: T): (keyof T & string)[] {
  return Object.keys(record) as (keyof T & string)[];
}
