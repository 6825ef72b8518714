/** Reading the share images (PNG) in tests: size, the QR code a phone would read, ink in a region. */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export type Png = PNG;

export const readPng = (bytes: Uint8Array): Png => PNG.sync.read(Buffer.from(bytes));

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
