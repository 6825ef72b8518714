/**
 * The share images (src/lib/poster.ts): the right size, a QR code a phone reads back to the page,
 * text drawn from the project's own font (never blank, never the machine's fonts), long text made
 * to fit, and a font without Chinese refused rather than drawn as blanks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  bottomIsPlain,
  OG_SIZE,
  POSTER_SIZE,
  renderOgImage,
  renderPoster,
  renderWallpaper,
  WALLPAPER_SIZE,
  type ShareImageContent,
} from '../../src/lib/poster';
import { imageFonts, imageWords } from '../../src/data/share-images';
import { decodeQr, inkedPixels, readPng } from '../support/png';

const fonts = imageFonts();
const content: ShareImageContent = {
  title: '刷单返利诈骗',
  lineLabel: '识别口诀',
  line: '凡是刷单，都是诈骗',
  pointsLabel: '一眼识别',
  points: [
    '陌生人主动找你做点赞、关注、刷单、做任务，说“动动手指，日结佣金，不收任何费用”。',
    '要你下载一个陌生App，或打开一个网页链接，在上面“接任务”“领佣金”。',
    '要你先垫钱、先充值，说任务做完连本带佣金一起返。',
  ],
  url: 'https://fanzha.example.cn/guides/shuadan-fanli/',
};
/** Where the poster's title is drawn (below the site band, left column). */
const TITLE_BOX = { x: 64, y: 130, width: 600, height: 80 };

// Each render takes a fraction of a second, the first one a second more (the font is parsed); a
// loaded 2-core machine can take several times that.
const SLOW = { timeout: 30_000 };

describe('renderPoster', SLOW, () => {
  it('is a 1080×1440 PNG whose QR code reads back to the page', async () => {
    const png = readPng(await renderPoster(content, imageWords, fonts));
    expect([png.width, png.height]).toEqual([POSTER_SIZE.width, POSTER_SIZE.height]);
    expect(decodeQr(png)).toBe(content.url);
  });

  it('draws the title: ink in the title area, more for a longer title', async () => {
    const short = readPng(await renderPoster({ ...content, title: '刷单' }, imageWords, fonts));
    const long = readPng(await renderPoster(content, imageWords, fonts));
    expect(inkedPixels(short, TITLE_BOX)).toBeGreaterThan(2_000);
    expect(inkedPixels(long, TITLE_BOX)).toBeGreaterThan(inkedPixels(short, TITLE_BOX) * 2);
  });

  it('makes long text fit: smaller type, never the QR code or the hotlines cut off', async () => {
    const wordy = {
      ...content,
      line: '骗子以在家兼职、点赞就能赚钱为饵，先返几元、几十元小额佣金。再用垫付任务、连单、卡单让你不断充值，最后卷款拉黑。',
      points: content.points.map((p) => p + p),
    };
    const png = readPng(await renderPoster(wordy, imageWords, fonts));
    expect(decodeQr(png)).toBe(content.url);
    expect(bottomIsPlain(png.data, png.width, png.height, 40)).toBe(true);
  });

  it('refuses text that cannot fit even in small type, naming the page', async () => {
    const endless = { ...content, points: content.points.map((p) => p.repeat(8)) };
    await expect(renderPoster(endless, imageWords, fonts)).rejects.toThrow(
      /guides\/shuadan-fanli\/.*too long/,
    );
  });

  it('refuses a font without Chinese glyphs instead of leaving the text blank', async () => {
    // A Latin-only Noto Sans that ships inside harfbuzzjs (satori's text shaper).
    const require = createRequire(import.meta.url);
    const latin = readFileSync(
      require.resolve('harfbuzzjs/test/fonts/noto/NotoSans-Regular.ttf', {
        paths: [require.resolve('satori')],
      }),
    );
    await expect(
      renderPoster(content, imageWords, { regular: latin, bold: latin }),
    ).rejects.toThrow(/no glyphs/);
  });
});

describe('renderOgImage and renderWallpaper', SLOW, () => {
  it('the link preview is 1200×630 with a QR code that reads back to the page', async () => {
    const png = readPng(await renderOgImage(content, imageWords, fonts));
    expect([png.width, png.height]).toEqual([OG_SIZE.width, OG_SIZE.height]);
    expect(decodeQr(png)).toBe(content.url);
    expect(inkedPixels(png, { x: 56, y: 150, width: 500, height: 300 })).toBeGreaterThan(5_000);
  });

  it('a wallpaper is 1920×1080 with the slogan drawn large', async () => {
    const png = readPng(await renderWallpaper('不轻信、不转账、不透露', imageWords, fonts));
    expect([png.width, png.height]).toEqual([WALLPAPER_SIZE.width, WALLPAPER_SIZE.height]);
    expect(inkedPixels(png, { x: 0, y: 300, width: 1920, height: 400 })).toBeGreaterThan(50_000);
  });
});
