/**
 * A QR code as inline SVG, made at build time by the `qrcode` library: no script and no
 * request when the page is shown or printed.
 */
import QRCode from 'qrcode';

/** SVG markup of a QR code for `text` (error correction M, a quiet zone of 4 modules). */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}" class="poster-qr__code" `);
}
