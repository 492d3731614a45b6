import {
  AGE_BANDS,
  ELEMENT_CODES,
  RESPONDENT_EDUCATION,
  RESPONDENT_OCCUPATION,
  SURVEY_ELEMENTS,
} from '@pamong/core';
import type { surveyReportsRepo } from '@pamong/db';
import { type CellStyle, type Sheet, Workbook } from '@pamong/sheets';

/**
 * The unit report as a workbook, in the usual order of an SKM report: the summary (IKM, grade,
 * respondents against the minimum sample), the NRR of each element, and the respondent profile.
 * Labels are in Bahasa Indonesia: the workbook goes into official reports.
 */
export { XLSX_CONTENT_TYPE } from '@pamong/sheets';

type Report = surveyReportsRepo.SurveyUnitReport;

const GENDER_LABELS: Record<string, string> = { L: 'Laki-laki', P: 'Perempuan' };
const bold: CellStyle = { bold: true };
const title: CellStyle = { bold: true, size: 14 };
const headerStyle: CellStyle = { bold: true, fill: 'FFE8EEF4' };
const weakestStyle: CellStyle = { color: 'FFB00020' };

function summarySheet(wb: Workbook, r: Report, meta: { tenantName: string; verifiedOnly: boolean }) {
  const sheet = wb.addSheet('Ringkasan', { columns: [{ width: 34 }, { width: 48 }] });
  sheet.addRow(['Laporan Survei Kepuasan Masyarakat'], title);
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
    const ikm = label === 'IKM' && typeof value === 'number';
    sheet.addRow([
      { value: label, style: bold },
      ikm ? { value, style: { numFmt: '0.00' } } : (value ?? '-'),
    ]);
  }
}

function header(sheet: Sheet, values: string[]) {
  sheet.addRow(values, headerStyle);
}

function nrrSheet(wb: Workbook, r: Report) {
  const sheet = wb.addSheet('NRR per unsur', {
    columns: [{ width: 8 }, { width: 44 }, { width: 12 }, { width: 10 }, { width: 12 }],
  });
  header(sheet, ['Kode', 'Unsur', 'Responden', 'NRR', 'NRR × 25']);
  for (const code of ELEMENT_CODES) {
    const { nrr, respondents } = r.ikm.elements[code]!;
    sheet.addRow(
      [
        code,
        SURVEY_ELEMENTS[code].name.id,
        respondents,
        { value: nrr, style: { numFmt: '0.0000' } },
        { value: nrr === null ? null : Math.round(nrr * 25 * 10_000) / 10_000, style: { numFmt: '0.00' } },
      ],
      r.weakest.includes(code) ? weakestStyle : undefined,
    );
  }
}

function profileSheet(wb: Workbook, r: Report) {
  const sheet = wb.addSheet('Profil responden', {
    columns: [{ width: 20 }, { width: 30 }, { width: 10 }, { width: 10 }],
  });
  header(sheet, ['Karakteristik', 'Kategori', 'Jumlah', 'Persen']);
  const total = r.ikm.respondents;
  const groups: [string, Record<string, number>, readonly string[], (k: string) => string][] = [
    ['Jenis kelamin', r.demographics.gender, ['L', 'P'], (k) => GENDER_LABELS[k] ?? k],
    ['Usia', r.demographics.ageBand, AGE_BANDS, (k) => `${k} tahun`],
    ['Pendidikan', r.demographics.education, RESPONDENT_EDUCATION, (k) => k],
    ['Pekerjaan', r.demographics.occupation, RESPONDENT_OCCUPATION, (k) => k],
    ['Jenis layanan', r.demographics.serviceType, r.unit.serviceTypes, (k) => k],
  ];
  for (const [group, counts, order, label] of groups) {
    // Known categories in their usual order, then anything else the counters hold.
    const cats = [
      ...order,
      ...Object.keys(counts)
        .filter((k) => !order.includes(k))
        .sort(),
    ];
    cats.forEach((k, i) => {
      const n = counts[k] ?? 0;
      sheet.addRow([
        i === 0 ? { value: group, style: bold } : '',
        label(k),
        n,
        { value: total > 0 ? n / total : null, style: { numFmt: '0.0%' } },
      ]);
    });
  }
}

export async function buildReportWorkbook(
  report: Report,
  meta: { tenantName: string; verifiedOnly: boolean; generatedAt: Date },
): Promise<Uint8Array> {
  const wb = new Workbook({ creator: 'Pamong', created: meta.generatedAt });
  summarySheet(wb, report, meta);
  nrrSheet(wb, report);
  profileSheet(wb, report);
  return wb.toXlsx();
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
