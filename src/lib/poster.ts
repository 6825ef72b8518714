/**
 * Share images, drawn at build time: the portrait poster for WeChat groups and Moments
 * (1080×1440), the link-preview image (og:image, 1200×630) and the slogan wallpaper (1920×1080).
 * satori lays the text out (line breaks included) and turns every glyph into a path; resvg then
 * rasterises that SVG to PNG with system fonts switched off, so what comes out depends only on
 * the font files passed in (Noto Sans SC from npm, src/data/posters.ts) and never on the machine.
 * Plain logic: content and fonts in, PNG bytes out.
 */
import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';
import satori, { type SatoriOptions } from 'satori';
import { QR_OPTIONS } from './qr';

/** What one page puts on its images: only words the page itself shows. */
export interface ShareImageContent {
  /** The page's title (its h1). */
  title: string;
  /** Label of `line`, e.g. 识别口诀; empty for none. */
  lineLabel: string;
  /** The one line to remember: a guide's 识别口诀, otherwise the page's summary. */
  line: string;
  /** Label of `points`, e.g. 一眼识别. */
  pointsLabel: string;
  /** Up to three key points (a guide's first red flags…); the poster only. */
  points: readonly string[];
  /** The page's absolute address: the QR code and the printed address. */
  url: string;
}

/** The fixed words of the site the images carry, from src/i18n/zh-CN.ts. */
export interface ShareImageWords {
  /** Site name and what it is, for the top band. */
  site: string;
  /** 110 and 96110 with what each is for. */
  police: string;
  antiFraudLine: string;
  /** Under the QR code: 扫码打开这一页. */
  scan: string;
}

/** The font files: Noto Sans SC Regular and Bold (TTF/OTF; satori reads no WOFF2). */
export interface ShareImageFonts {
  regular: Buffer;
  bold: Buffer;
}

export const POSTER_SIZE = { width: 1080, height: 1440 } as const;
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const WALLPAPER_SIZE = { width: 1920, height: 1080 } as const;

/** The poster shows at most this many key points: more would be too small to read on a phone. */
const POSTER_POINTS = 3;

// Colours: the design tokens of src/styles/global.css (brand, danger, ink, paper).
const BRAND = '#0b3d91';
const DANGER = '#b3261e';
const DANGER_SOFT = '#fdecea';
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const PAPER = '#ffffff';
const FONT = 'Noto Sans SC';

/** A satori element: the plain-object form of JSX (no React needed). */
interface Node {
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
async function qrImage(url: string, target: number): Promise<Node> {
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

function posterTree(content: ShareImageContent, words: ShareImageWords, qr: Node, k: number): Node {
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

function ogTree(content: ShareImageContent, words: ShareImageWords, qr: Node, k: number): Node {
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

function wallpaperTree(slogan: string, words: ShareImageWords, k: number): Node {
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

/** Text sizes tried in turn, largest first, until everything fits the image. */
const SCALES = [1, 0.92, 0.84, 0.76, 0.68] as const;

/**
 * Draws the tree `build(scale)` returns and gives PNG bytes: at the largest text size whose
 * drawing leaves the image's bottom `margin` rows untouched (background only). Text that runs
 * long pushes the layout down past the bottom instead of shrinking, so a marked margin means the
 * QR code or the hotlines were cut off. Refuses text the fonts cannot draw (satori would leave
 * blanks where the glyphs are missing), naming the characters; refuses content that does not fit
 * even at the smallest size, naming the page.
 */
async function render(
  build: (scale: number) => Node,
  size: { width: number; height: number },
  margin: number,
  name: string,
  fonts: ShareImageFonts,
): Promise<Uint8Array<ArrayBuffer>> {
  const options: SatoriOptions = {
    ...size,
    fonts: fontList(fonts),
    loadAdditionalAsset: async (_language, segment) => {
      throw new Error(`${name}: the image font has no glyphs for "${segment}" (分享图字体缺字)`);
    },
  };
  for (const scale of SCALES) {
    const svg = await satori(build(scale), options);
    // System fonts off: satori has already turned every glyph into a path, so resvg needs none,
    // and the output cannot depend on what the build machine has installed.
    const image = new Resvg(svg, {
      fitTo: { mode: 'original' },
      font: { loadSystemFonts: false },
    }).render();
    if (bottomIsPlain(image.pixels, size.width, size.height, margin))
      return new Uint8Array(image.asPng());
  }
  throw new Error(
    `${name}: the text is too long to fit its share image even at the smallest size (分享图文字过长)`,
  );
}

/** Whether the last `rows` rows of an RGBA image are all the colour of its bottom-left pixel. */
export function bottomIsPlain(
  rgba: Uint8Array,
  width: number,
  height: number,
  rows: number,
): boolean {
  const start = (height - rows) * width * 4;
  const ground = rgba.subarray(start, start + 4);
  for (let i = start; i < height * width * 4; i += 4) {
    for (let c = 0; c < 4; c++) if (rgba[i + c] !== ground[c]) return false;
  }
  return true;
}

/**
 * satori caches a parsed font by the identity of its bytes; the same list for the same files keeps
 * that cache (a 10 MB CJK font takes a second to parse), so one build parses each font once.
 */
const fontLists = new WeakMap<ShareImageFonts, SatoriOptions['fonts']>();
function fontList(fonts: ShareImageFonts): SatoriOptions['fonts'] {
  const list = fontLists.get(fonts) ?? [
    { name: FONT, data: fonts.regular, weight: 400, style: 'normal' },
    { name: FONT, data: fonts.bold, weight: 700, style: 'normal' },
  ];
  fontLists.set(fonts, list);
  return list;
}

/** The 1080×1440 poster: title, the line to remember, three key points, 110/96110, QR code. */
export async function renderPoster(
  content: ShareImageContent,
  words: ShareImageWords,
  fonts: ShareImageFonts,
): Promise<Uint8Array<ArrayBuffer>> {
  // Over 300 px wide, 7 px or more per module up to version 6 (addresses of ~100 characters).
  const qr = await qrImage(content.url, 380);
  return render((k) => posterTree(content, words, qr, k), POSTER_SIZE, 40, content.url, fonts);
}

/** The 1200×630 link preview (og:image): title, the line to remember, QR code. */
export async function renderOgImage(
  content: ShareImageContent,
  words: ShareImageWords,
  fonts: ShareImageFonts,
): Promise<Uint8Array<ArrayBuffer>> {
  const qr = await qrImage(content.url, 380);
  return render((k) => ogTree(content, words, qr, k), OG_SIZE, 24, content.url, fonts);
}

/** The 1920×1080 slogan wallpaper for screens and slides. */
export async function renderWallpaper(
  slogan: string,
  words: ShareImageWords,
  fonts: ShareImageFonts,
): Promise<Uint8Array<ArrayBuffer>> {
  return render((k) => wallpaperTree(slogan, words, k), WALLPAPER_SIZE, 40, slogan, fonts);
}
