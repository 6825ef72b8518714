/**
 * The layouts of the share images (src/lib/poster.ts draws them): the poster, the link preview
 * and the slogan wallpaper, as satori element trees (the plain-object form of JSX, no React).
 * `k` scales the text, so that poster.ts can set long text smaller until it fits.
 */
import QRCode from 'qrcode';
import type { ShareImageContent, ShareImageWords } from './poster';
import { QR_OPTIONS } from './qr';

/** The poster shows at most this many key points: more would be too small to read on a phone. */
const POSTER_POINTS = 3;

// Colours: the design tokens of src/styles/global.css (brand, danger, ink, paper).
const BRAND = '#0b3d91';
const DANGER = '#b3261e';
const DANGER_SOFT = '#fdecea';
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const PAPER = '#ffffff';

/** A satori element: the plain-object form of JSX (no React needed). */
export interface Node {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: Child | Child[];
    src?: string;
    width?: number;
    height?: number;
  };
}
type Child = Node | string;

const div = (style: Record<string, string | number>, ...children: Child[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Text in a block of its own: satori wraps it (CJK line breaking, UAX #14) to the box's width. */
const text = (style: Record<string, string | number>, value: string): Node => ({
  type: 'div',
  props: { style: { display: 'block', ...style }, children: value },
});

/**
 * The page's QR code as an image of `target` pixels or a little less: a whole number of pixels
 * per module, so every module lands on the pixel grid and scans sharply. Same options as the
 * share bar's code (src/lib/qr.ts): level M, 4-module quiet zone.
 */
export async function qrImage(url: string, target: number): Promise<Node> {
  const modules =
    QRCode.create(url, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel }).modules.size +
    2 * QR_OPTIONS.margin;
  const size = Math.floor(target / modules) * modules;
  const svg = (await QRCode.toString(url, QR_OPTIONS)).replace(
    '<svg ',
    `<svg width="${size}" height="${size}" `,
  );
  return {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      width: size,
      height: size,
      style: { width: size, height: size },
    },
  };
}

/** The two hotlines side by side, as on the site's footer. */
const hotlines = (words: ShareImageWords, size: number): Node =>
  div(
    { gap: 24, width: '100%' },
    ...[
      ['110', words.police],
      ['96110', words.antiFraudLine],
    ].map(([number = '', label = ''], i) =>
      div(
        {
          flex: 1,
          flexDirection: 'column',
          padding: '16px 24px',
          borderRadius: 16,
          border: `4px solid ${i === 0 ? DANGER : BRAND}`,
          backgroundColor: i === 0 ? DANGER_SOFT : PAPER,
        },
        text(
          { fontSize: size, fontWeight: 700, color: i === 0 ? DANGER : BRAND, lineHeight: 1.1 },
          number,
        ),
        text({ fontSize: size * 0.36, color: INK, lineHeight: 1.4, marginTop: 4 }, label),
      ),
    ),
  );

/** The site's name band across the top. */
const band = (words: ShareImageWords, fontSize: number, padding: string): Node =>
  div(
    { backgroundColor: BRAND, color: PAPER, padding },
    text({ fontSize, fontWeight: 700 }, words.site),
  );

/** A line longer than a 口诀 (a page's summary) is set smaller, so the whole sentence fits. */
const long = (line: string): boolean => line.length > 30;

export function posterTree(
  content: ShareImageContent,
  words: ShareImageWords,
  qr: Node,
  k: number,
): Node {
  const points = content.points.slice(0, POSTER_POINTS);
  return div(
    { flexDirection: 'column', width: '100%', height: '100%', backgroundColor: PAPER, color: INK },
    band(words, 36, '28px 64px'),
    div(
      { flexDirection: 'column', flex: 1, padding: '40px 64px 0' },
      text({ fontSize: 72 * k, fontWeight: 700, lineHeight: 1.2, color: INK }, content.title),
      content.line
        ? div(
            {
              flexDirection: 'column',
              marginTop: 28,
              padding: '20px 28px',
              borderRadius: 16,
              backgroundColor: BRAND,
              color: PAPER,
            },
            ...(content.lineLabel ? [text({ fontSize: 28 * k }, content.lineLabel)] : []),
            text(
              { fontSize: (long(content.line) ? 36 : 44) * k, fontWeight: 700, lineHeight: 1.4 },
              content.line,
            ),
          )
        : div({}),
      points.length > 0
        ? div(
            { flexDirection: 'column', marginTop: 32 },
            text({ fontSize: 34 * k, fontWeight: 700, color: DANGER }, content.pointsLabel),
            ...points.map((point) =>
              div(
                { marginTop: 14, alignItems: 'flex-start' },
                div({
                  width: 14,
                  height: 14,
                  marginTop: 17 * k,
                  marginRight: 18,
                  borderRadius: 7,
                  backgroundColor: DANGER,
                  flexShrink: 0,
                }),
                text({ fontSize: 34 * k, lineHeight: 1.45, flex: 1 }, point),
              ),
            ),
          )
        : div({}),
    ),
    div(
      { flexDirection: 'column', padding: '0 64px 48px', gap: 28 },
      hotlines(words, 64),
      div(
        { alignItems: 'center', gap: 32 },
        qr,
        div(
          { flexDirection: 'column', flex: 1 },
          text({ fontSize: 34, fontWeight: 700 }, words.scan),
          text({ fontSize: 26, color: MUTED, marginTop: 12, wordBreak: 'break-all' }, content.url),
        ),
      ),
    ),
  );
}

export function ogTree(
  content: ShareImageContent,
  words: ShareImageWords,
  qr: Node,
  k: number,
): Node {
  return div(
    { flexDirection: 'column', width: '100%', height: '100%', backgroundColor: PAPER, color: INK },
    band(words, 30, '20px 56px'),
    div(
      { flex: 1, padding: '28px 56px 40px', gap: 40, alignItems: 'center' },
      div(
        { flexDirection: 'column', flex: 1 },
        text({ fontSize: 60 * k, fontWeight: 700, lineHeight: 1.2 }, content.title),
        content.line
          ? text(
              {
                fontSize: (long(content.line) ? 28 : 34) * k,
                fontWeight: 700,
                lineHeight: 1.4,
                marginTop: 24,
                padding: '14px 22px',
                borderRadius: 12,
                backgroundColor: BRAND,
                color: PAPER,
              },
              content.line,
            )
          : div({}),
        text({ fontSize: 30, fontWeight: 700, marginTop: 24, color: DANGER }, `110 · 96110`),
      ),
      qr,
    ),
  );
}

/** A slogan's clauses (split at its commas), one line each: it reads from the back of a hall. */
const clauses = (slogan: string): string[] => slogan.split(/(?<=[，,])/).filter(Boolean);

export function wallpaperTree(slogan: string, words: ShareImageWords, k: number): Node {
  const lines = clauses(slogan);
  const longest = Math.max(...lines.map((l) => l.length));
  // As large as fits: 1600 px of width over the longest clause, 760 px of height over the lines.
  const fontSize =
    k *
    Math.min(160, Math.floor(1600 / Math.max(longest, 1)), Math.floor(760 / (lines.length * 1.35)));
  return div(
    {
      flexDirection: 'column',
      width: '100%',
      height: '100%',
      backgroundColor: BRAND,
      color: PAPER,
      justifyContent: 'center',
      alignItems: 'center',
    },
    div(
      { flexDirection: 'column', alignItems: 'center' },
      ...lines.map((line) =>
        text(
          { fontSize, fontWeight: 700, lineHeight: 1.35, textAlign: 'center', maxWidth: '100%' },
          line,
        ),
      ),
    ),
    text({ fontSize: 44, marginTop: 72, opacity: 0.9 }, words.site),
  );
}
