import { escapeHtml, PRINT_HANDLER, PRINTABLE_CSP, qrSvg } from '@pamong/http/printable';

export { escapeHtml, QR_OPTIONS, qrSvg } from '@pamong/http/printable';

/**
 * The printable A4 QR poster of a survey unit, hung at the service counter. Everything a citizen
 * needs is on paper: the QR code, a short URL to type when the camera fails, and three lines of
 * instructions in Bahasa Indonesia.
 */
export interface PosterInput {
  unit: { name: string; agencyName: string };
  tenant: { name: string };
  /** What the QR code opens: the unit's public survey page. */
  surveyUrl: string;
  /** The short URL printed under the code. */
  shortUrl: string;
}

export const POSTER_CSP = PRINTABLE_CSP;

const STYLE = `
@page { size: A4; margin: 15mm }
* { box-sizing: border-box }
html, body { margin: 0; padding: 0 }
body { font-family: "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff }
.toolbar { padding: 12px; text-align: center; background: #f2f2f2 }
.toolbar button { font-size: 16px; padding: 8px 20px; cursor: pointer }
.poster { width: 180mm; min-height: 267mm; margin: 0 auto; padding: 10mm 0;
  display: flex; flex-direction: column; align-items: center; text-align: center }
.tenant { font-size: 14pt; margin: 0 0 4mm; text-transform: uppercase; letter-spacing: .05em }
h1 { font-size: 28pt; margin: 0 0 6mm; line-height: 1.15 }
.unit { font-size: 22pt; font-weight: bold; margin: 0 }
.agency { font-size: 14pt; margin: 2mm 0 8mm }
.qr { width: 110mm; height: 110mm }
.qr svg { width: 100%; height: 100% }
.short { font-size: 13pt; margin: 6mm 0 8mm; word-break: break-all }
.short strong { font-family: "Courier New", monospace; font-size: 15pt }
ol { text-align: left; font-size: 15pt; line-height: 1.5; margin: 0; padding-left: 8mm }
.thanks { margin-top: auto; font-size: 12pt; color: #333 }
@media print { .no-print { display: none !important } .poster { padding: 0 } }
`;

export async function buildSurveyPoster(input: PosterInput): Promise<string> {
  const qr = await qrSvg(input.surveyUrl);
  const unitName = escapeHtml(input.unit.name);
  const agencyName = escapeHtml(input.unit.agencyName);
  const tenantName = escapeHtml(input.tenant.name);
  const shortUrl = escapeHtml(input.shortUrl);
  const surveyUrl = escapeHtml(input.surveyUrl);
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Poster Survei Kepuasan Masyarakat: ${unitName}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="toolbar no-print"><button type="button" onclick="${PRINT_HANDLER}">Cetak poster</button></div>
<main class="poster">
<p class="tenant">${tenantName}</p>
<h1>Survei Kepuasan Masyarakat</h1>
<p class="unit">${unitName}</p>
<p class="agency">${agencyName}</p>
<div class="qr" role="img" aria-label="Kode QR survei: ${surveyUrl}">${qr}</div>
<p class="short">Kamera tidak bisa memindai? Buka <strong>${shortUrl}</strong></p>
<ol>
<li>Pindai kode QR ini dengan kamera ponsel Anda.</li>
<li>Isi 9 pertanyaan singkat, kurang dari 1 menit.</li>
<li>Tanpa login, jawaban Anda anonim.</li>
</ol>
<p class="thanks">Terima kasih. Penilaian Anda membantu kami memperbaiki layanan.</p>
</main>
</body>
</html>
`;
}
