/** Reading the share images (PNG) in tests: size, the QR code a phone would read, ink in a region. */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export type Png = PNG;

export const readPng = (bytes: Uint8Array): Png => PNG.sync.read(Buffer.from(bytes));

/** Width and height from a PNG's header (IHDR), without decoding the pixels; undefined if not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const buffer = Buffer.from(bytes);
  const signature = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== signature) return undefined;
  if (buffer.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/**
 * The text of the QR code in the image, read from its pixels as a phone would, or undefined.
 * Dark modules on light only (the images never invert it): half the work per image.
 */
export const decodeQr = (png: Png): string | undefined =>
  jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' })
    ?.data;

/** Pixels in the rectangle that differ clearly from its top-left pixel (ink on the ground). */
export function inkedPixels(
  png: Png,
  box: { x: number; y: number; width: number; height: number },
): number {
  const at = (x: number, y: number) => (y * png.width + x) * 4;
  const ground = png.data.subarray(at(box.x, box.y), at(box.x, box.y) + 3);
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = at(x, y);
      const diff =
        Math.abs(png.data[i]! - ground[0]!) +
        Math.abs(png.data[i + 1]! - ground[1]!) +
        Math.abs(png.data[i + 2]! - ground[2]!);
      if (diff > 96) count++;
    }
  }
  return count;
}
