import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_OPTIONS, qrSvg } from '../../src/lib/qr';

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
  });
});
