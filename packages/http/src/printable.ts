import { createHash } from 'node:crypto';

/**
 * What the printable pages share (the survey's QR poster, the applicant's proof of registration):
 * HTML escaping, a QR code as an SVG tag, and a page policy that runs nothing but a print button.
 * A subpath of its own (`@pamong/http/printable`), so only the functions that print carry qrcode.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** The print button's inline handler; the policy allows exactly this script, by its hash. */
export const PRINT_HANDLER = 'window.print()';

/**
 * A printable page's own policy: no scripts but the print button's handler (by hash), no outside
 * resources. Names are escaped anyway; this stops anything that slipped through from running.
 */
export const PRINTABLE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  `script-src 'unsafe-hashes' 'sha256-${createHash('sha256').update(PRINT_HANDLER).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Level M survives a scuffed or partly covered printout; the quiet zone is part of the code. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/**
 * The QR code as an SVG tag, the same as `QRCode.toString(text, { type: 'svg', ...QR_OPTIONS })`.
 * Only qrcode's encoder and SVG renderer are loaded: its entry point also pulls in the PNG renderer
 * and pngjs, more than half of what qrcode would add to a bundle. Loaded on first use: printing is
 * rare next to the other requests a function serves.
 */
export async function qrSvg(text: string): Promise<string> {
  const [{ default: core }, { default: svgTag }] = await Promise.all([
    import('qrcode/lib/core/qrcode.js'),
    import('qrcode/lib/renderer/svg-tag.js'),
  ]);
  // Copies: the renderer writes defaults into the options object it is given.
  return svgTag.render(core.create(text, { ...QR_OPTIONS }), { ...QR_OPTIONS });
}
