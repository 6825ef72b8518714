/**
 * QR codes of page addresses, made at build time as one compact inline SVG (two paths: the white
 * quiet zone and the dark modules), with the well-kept `qrcode` package. Error correction M (15 %
 * of the code may be damaged or dirty, as on a folded leaflet or a dim projector) and a quiet zone
 * of 4 modules, as the QR standard asks, so it scans from paper and from the back of a hall.
 */
import QRCode from 'qrcode';

export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4 } as const;

/** The SVG of `url`'s QR code, labelled for screen readers, with `className` on the element. */
export async function qrSvg(url: string, label: string, className = 'qr'): Promise<string> {
  const svg = await QRCode.toString(url, QR_OPTIONS);
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace(
    '<svg ',
    `<svg class="${escape(className)}" role="img" aria-label="${escape(label)}" `,
  );
}
