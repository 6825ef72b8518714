import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_OPTIONS, qrCopy, qrSvg } from '../../src/lib/qr';

describe('qrSvg', () => {
  const url = 'https://example.org/guides/maochong-gongjianfa/';
  it('is error-correction level M or better, with the standard 4-module quiet zone', async () => {
    expect(['M', 'Q', 'H']).toContain(QR_OPTIONS.errorCorrectionLevel);
    expect(QR_OPTIONS.margin).toBeGreaterThanOrEqual(4);
    const code = QRCode.create(url, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
    const svg = await qrSvg(url, '二维码');
    // The viewBox is the modules plus the quiet zone on both sides.
    expect(svg).toContain(`viewBox="0 0 ${code.modules.size + 8} ${code.modules.size + 8}"`);
  });
  it('is one compact path of modules on a white ground, not one element per module', async () => {
    const svg = await qrSvg(url, '二维码');
    expect(svg.match(/<path/g)).toHaveLength(2);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg.length).toBeLessThan(3_000);
  });
  it('is an image named for screen readers, with the label escaped', async () => {
    const svg = await qrSvg(url, '扫码打开 "a" <b> & c');
    expect(svg).toMatch(
      /^<svg class="qr" role="img" aria-label="扫码打开 &quot;a&quot; &lt;b> &amp; c" /,
    );
    expect(svg.match(/<svg/g)).toHaveLength(1);
  });
});

describe('qrCopy', () => {
  const url = 'https://example.org/help/';
  it('shows the same drawing again by reference, at the same size, without repeating the paths', async () => {
    const svg = await qrSvg(url, '二维码', 'qr', 'page-qr');
    expect(svg).toMatch(/<g id="page-qr"><path[^]*<\/g><\/svg>/);
    const copy = qrCopy(svg, 'page-qr', '打印版二维码', 'qr qr-print');
    expect(copy).toContain('<use href="#page-qr"/>');
    expect(copy).toContain(/viewBox="[^"]+"/.exec(svg)![0]);
    expect(copy).toMatch(/^<svg class="qr qr-print" role="img" aria-label="打印版二维码" /);
    expect(copy).not.toContain('<path');
  });
  it('refuses a code that has no such group, instead of printing an empty square', async () => {
    const svg = await qrSvg(url, '二维码');
    expect(() => qrCopy(svg, 'page-qr', 'x')).toThrow(/page-qr/);
    expect(() => qrCopy('<svg></svg>', 'page-qr', 'x')).toThrow(
      'qrCopy: the QR code has no group "page-qr"',
    );
  });
  it('has the class qr unless told otherwise', async () => {
    const svg = await qrSvg(url, '二维码', undefined, 'page-qr');
    expect(qrCopy(svg, 'page-qr', '二维码')).toMatch(/^<svg class="qr" role="img"/);
  });
});
