/**
 * The two qrcode modules printable.ts loads directly (it says why). The package's types
 * describe only its entry point; these reuse them for the same functions.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  const core: { create: typeof import('qrcode').create };
  export default core;
}

declare module 'qrcode/lib/renderer/svg-tag.js' {
  const svgTag: {
    render(qr: import('qrcode').QRCode, options?: import('qrcode').QRCodeRenderersOptions): string;
  };
  export default svgTag;
}
