import {
  AGE_BANDS,
  ELEMENT_CODES,
  RESPONDENT_EDUCATION,
  RESPONDENT_OCCUPATION,
  SURVEY_ELEMENTS,
} from '@pamong/core';
import type { surveyReportsRepo } from '@pamong/db';
import type ExcelJS from 'exceljs';

/**
 * The unit report as a workbook, in the usual order of an SKM report: the summary (IKM, grade,
 * respondents against the minimum sample), the NRR of each element, and the respondent profile.
 * Labels are in Bahasa Indonesia: the workbook goes into official reports.
 */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Report = surveyReportsRepo.SurveyUnitReport;

const GENDER_LABELS: Record<string, string> = { L: 'Laki-laki', P: 'Perempuan' };
const bold = { bold: true } as const;

function header(sheet: ExcelJS.Worksheet, values: string[]) {
  const row = sheet.addRow(values);
  row.font = bold;
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
}

function summarySheet(wb: ExcelJS.Workbook, r: Report, meta: { tenantName: string; verifiedOnly: boolean }) {
  const sheet = wb.addWorksheet('Ringkasan');
  sheet.columns = [{ width: 34 }, { width: 48 }];
  sheet.addRow(['Laporan Survei Kepuasan Masyarakat']).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const rows: [string, string | number | null][] = [
    ['Pemerintah daerah', meta.tenantName],
    ['Perangkat daerah', r.unit.agencyName],
    ['Unit layanan', r.unit.name],
    ['Periode', r.ikm.period],
    ['Responden', meta.verifiedOnly ? 'Hanya responden terverifikasi' : 'Semua responden'],
    ['Jumlah responden', r.ikm.respondents],
    ['Responden terverifikasi', r.verifiedRespondents],
    ['IKM', r.ikm.ikm],
    ['Mutu pelayanan', r.ikm.grade],
    ['Kinerja unit pelayanan', r.ikm.label],
    ['Populasi', r.sample.population],
    ['Sampel minimum (Krejcie-Morgan)', r.sample.minimum],
    [
      'Sampel mencukupi',
      r.sample.sufficient === null ? 'Populasi belum diisi' : r.sample.sufficient ? 'Ya' : 'Belum',
    ],
    [
      'Unsur terlemah',
      r.weakest.map((c) => `${c} ${SURVEY_ELEMENTS[c].name.id}`).join('; ') || 'Belum ada jawaban',
    ],
  ];
  for (const [label, value] of rows) {
    const row = sheet.addRow([label, value ?? '-']);
    row.getCell(1).font = bold;
    if (label === 'IKM' && typeof value === 'number') row.getCell(2).numFmt = '0.00';
  }
}

function nrrSheet(wb: ExcelJS.Workbook, r: Report) {
  const sheet = wb.addWorksheet('NRR per unsur');
  sheet.columns = [{ width: 8 }, { width: 44 }, { width: 12 }, { width: 10 }, { width: 12 }];
  header(sheet, ['Kode', 'Unsur', 'Responden', 'NRR', 'NRR × 25']);
  for (const code of ELEMENT_CODES) {
    const { nrr, respondents } = r.ikm.elements[code]!;
    const row = sheet.addRow([
      code,
      SURVEY_ELEMENTS[code].name.id,
      respondents,
      nrr,
      nrr === null ? null : Math.round(nrr * 25 * 10_000) / 10_000,
    ]);
    row.getCell(4).numFmt = '0.0000';
    row.getCell(5).numFmt = '0.00';
    if (r.weakest.includes(code)) row.font = { color: { argb: 'FFB00020' } };
  }
}

function profileSheet(wb: ExcelJS.Workbook, r: Report) {
  const sheet = wb.addWorksheet('Profil responden');
  sheet.columns = [{ width: 20 }, { width: 30 }, { width: 10 }, { width: 10 }];
  header(sheet, ['Karakteristik', 'Kategori', 'Jumlah', 'Persen']);
  const total = r.ikm.respondents;
  const groups: [string, Record<string, number>, readonly string[], (k: string) => string][] = [
    ['Jenis kelamin', r.demographics.gender, ['L', 'P'], (k) => GENDER_LABELS[k] ?? k],
    ['Usia', r.demographics.ageBand, AGE_BANDS, (k) => `${k} tahun`],
    ['Pendidikan', r.demographics.education, RESPONDENT_EDUCATION, (k) => k],
    ['Pekerjaan', r.demographics.occupation, RESPONDENT_OCCUPATION, (k) => k],
    ['Jenis layanan', r.demographics.serviceType, r.unit.serviceTypes, (k) => k],
  ];
  for (const [title, counts, order, label] of groups) {
    // Known categories in their usual order, then anything else the counters hold.
    const cats = [
      ...order,
      ...Object.keys(counts)
        .filter((k) => !order.includes(k))
        .sort(),
    ];
    cats.forEach((k, i) => {
      const n = counts[k] ?? 0;
      const row = sheet.addRow([i === 0 ? title : '', label(k), n, total > 0 ? n / total : null]);
      row.getCell(4).numFmt = '0.0%';
      if (i === 0) row.getCell(1).font = bold;
    });
  }
}

export async function buildReportWorkbook(
  report: Report,
  meta: { tenantName: string; verifiedOnly: boolean; generatedAt: Date },
): Promise<Uint8Array> {
  // exceljs is a quarter of this function's bundle; loading it on the first export keeps it out of
  // every cold start that serves a citizen's survey.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Pamong';
  wb.created = meta.generatedAt;
  summarySheet(wb, report, meta);
  nrrSheet(wb, report);
  profileSheet(wb, report);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A file name without characters that trouble a Content-Disposition header or a file system. */
export function reportFileName(unitName: string, period: string): string {
  const slug = unitName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `ikm-${slug || 'unit'}-${period}.xlsx`;
}
