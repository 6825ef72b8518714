/**
 * Share images, drawn at build time: the portrait poster for WeChat groups and Moments
 * (1080×1440), the link-preview image (og:image, 1200×630) and the slogan wallpaper (1920×1080).
 * satori lays the text out (line breaks included) and turns every glyph into a path; resvg then
 * rasterises that SVG to PNG with system fonts switched off, so what comes out depends only on
 * the font files passed in (Noto Sans SC from npm, src/data/share-images.ts) and never on the machine.
 * The layouts are in poster-layouts.ts.
 * Plain logic: content and fonts in, PNG bytes out.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { ogTree, posterTree, qrImage, wallpaperTree, type Node } from './poster-layouts';

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

const FONT = 'Noto Sans SC';

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
