/**
 * QR codes of page addresses, made at build time as one compact inline SVG (two paths: the white
 * quiet zone and the dark modules), with the well-kept `qrcode` package. Error correction M (15 %
 * of the code may be damaged or dirty, as on a folded leaflet or a dim projector) and a quiet zone
 * of 4 modules, as the QR standard asks, so it scans from paper and from the back of a hall.
 */
import QRCode from 'qrcode';

export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4 } as const;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The SVG of `url`'s QR code, labelled for screen readers, with `className` on the element. With
 * `id`, its drawing is a group of that id, which copies elsewhere on the page show (`qrCopy`)
 * instead of repeating the paths: the printed leaflet's footer costs a few bytes, not another code.
 */
export async function qrSvg(
  url: string,
  label: string,
  className = 'qr',
  id?: string,
): Promise<string> {
  let svg = await QRCode.toString(url, QR_OPTIONS);
  if (id) svg = svg.replace(/(<svg[^>]*>)([\s\S]*)(<\/svg>)/, `$1<g id="${escape(id)}">$2</g>$3`);
  return svg.replace(
    '<svg ',
    `<svg class="${escape(className)}" role="img" aria-label="${escape(label)}" `,
  );
}

/** Another showing of the QR code drawn by `qrSvg(…, id)` (`svg`), with its own label and class. */
export function qrCopy(svg: string, id: string, label: string, className = 'qr'): string {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1];
  if (!viewBox || !svg.includes(`<g id="${escape(id)}">`))
    throw new Error(`qrCopy: the QR code has no group "${id}" to show again`);
  return (
    `<svg class="${escape(className)}" role="img" aria-label="${escape(label)}" ` +
    `xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" shape-rendering="crispEdges">` +
    `<use href="#${escape(id)}"/></svg>`
  );
}
