import { maskNik } from '@pamong/core';
import type { recruitmentApplicantsRepo as repo } from '@pamong/db';
import { escapeHtml, PRINT_HANDLER, qrSvg } from '@pamong/http/printable';

/**
 * The printable A4 proof of registration (bukti pendaftaran, issue 12 §3): who applied, for what,
 * when, with which documents, and a QR code of the page that checks the proof is genuine (its URL
 * carries an HMAC signature, so a forged proof with a real number fails the check). In Bahasa
 * Indonesia, as it is handed to the selection committee. The NIK is printed masked: the applicant
 * brings their KTP to every exam.
 */

export interface ProofInput {
  tenantName: string;
  app: repo.StoredApplication;
  applicant: Omit<repo.StoredApplicant, 'version'>;
  verifyUrl: string;
  timeZone: string;
}

const STYLE = `
@page { size: A4; margin: 18mm }
* { box-sizing: border-box }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; margin: 0; }
.toolbar { padding: 12px; text-align: center; background: #f3f4f6 }
.toolbar button { font-size: 16px; padding: 10px 20px; border-radius: 6px; border: 1px solid #1d4ed8; background: #1d4ed8; color: #fff; cursor: pointer }
.proof { max-width: 180mm; margin: 0 auto; padding: 10mm 0 }
header { display: flex; justify-content: space-between; gap: 8mm; border-bottom: 2px solid #111; padding-bottom: 4mm }
header h1 { font-size: 18pt; margin: 0 0 2mm }
header p { margin: 0; font-size: 11pt }
.number { font-size: 20pt; font-weight: 700; letter-spacing: 1px; margin: 6mm 0 2mm; font-family: ui-monospace, Menlo, Consolas, monospace }
table { width: 100%; border-collapse: collapse; font-size: 11pt; margin-top: 4mm }
th, td { text-align: left; vertical-align: top; padding: 2mm 2mm; border-bottom: 1px solid #ddd }
th { width: 55mm; font-weight: 600; color: #333 }
h2 { font-size: 13pt; margin: 7mm 0 1mm }
.qr { width: 38mm; flex: none; text-align: center; font-size: 8pt; color: #444 }
.qr svg { width: 38mm; height: 38mm }
.note { font-size: 9.5pt; color: #333; margin-top: 8mm }
.url { font-size: 8.5pt; font-family: ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere; margin: 1mm 0 0 }
@media print { .no-print { display: none !important } .proof { padding: 0 } }
`;

const dateTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));

/** `1998-05-12` as `12 Mei 1998` (a calendar date: no time zone to apply). */
const longDate = (date: string) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** An IPK as Indonesians write it: `3,45`. */
const ipkText = (ipk: number) => ipk.toFixed(2).replace('.', ',');

/** The zone's usual abbreviation, printed after a time. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const TRACKS: Record<string, string> = {
  umum: 'Umum',
  cumlaude: 'Lulusan cumlaude',
  disabilitas: 'Penyandang disabilitas',
  'putra-putri-daerah': 'Putra/putri daerah',
};

export async function buildApplicationProof(input: ProofInput): Promise<string> {
  const { app, applicant } = input;
  const qr = await qrSvg(input.verifyUrl);
  const row = (label: string, value: string) =>
    `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const docs = app.requiredDocuments
    .map((r) => {
      const d = app.documents[r.type];
      return row(r.label, d ? `${d.name} (${Math.max(1, Math.round(d.size / 1024))} KB)` : '—');
    })
    .join('');
  const education = applicant.education
    .map(
      (e) =>
        `${e.level} ${e.major}, ${e.institution}${e.ipk !== undefined ? ` (IPK ${ipkText(e.ipk)})` : ''}`,
    )
    .join('; ');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bukti Pendaftaran ${escapeHtml(app.registrationNumber ?? '')}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="toolbar no-print"><button type="button" onclick="${PRINT_HANDLER}">Cetak bukti pendaftaran</button></div>
<main class="proof">
<header>
<div>
<p>${escapeHtml(input.tenantName)}</p>
<h1>Bukti Pendaftaran Seleksi</h1>
<p>${escapeHtml(app.roundName)} (${escapeHtml(app.roundCode)})</p>
<p class="number">${escapeHtml(app.registrationNumber ?? '')}</p>
</div>
<div class="qr" role="img" aria-label="Kode QR pemeriksaan keaslian bukti">${qr}<br>Pindai untuk memeriksa keaslian</div>
</header>
<h2>Pelamar</h2>
<table>
${row('Nama (sesuai KTP)', applicant.name)}
${row('Nama dan gelar (sesuai ijazah)', applicant.diplomaName ?? '—')}
${row('NIK', maskNik(applicant.nik))}
${row('Tempat, tanggal lahir', `${applicant.birthPlace}, ${longDate(applicant.birthDate)}`)}
${row('Pendidikan', education || '—')}
</table>
<h2>Formasi yang dilamar</h2>
<table>
${row('Jabatan', app.positionName)}
${row('Unit kerja', app.unitName)}
${row('Instansi', app.agencyName)}
${row('Jenis formasi', TRACKS[app.track] ?? app.track)}
${row('Waktu pendaftaran', app.submittedAt ? `${dateTime(app.submittedAt, input.timeZone)} ${ZONE_NAMES[input.timeZone] ?? input.timeZone}` : '—')}
</table>
<h2>Dokumen yang diunggah</h2>
<table>${docs || row('Dokumen', '—')}</table>
<p class="note">Bawa bukti ini dan KTP asli pada setiap tahap seleksi. Keaslian bukti dapat diperiksa dengan memindai kode QR di atas, atau dengan membuka alamat ini:</p>
<p class="url">${escapeHtml(input.verifyUrl)}</p>
</main>
</body>
</html>`;
}
