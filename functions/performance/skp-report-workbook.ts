import {
  assessmentPeriods,
  monthIndex,
  type PerformancePeriod,
  type Predikat,
  type SkpRealisation,
  samePeriod,
} from '@pamong/core';
import type { followUpRepo } from '@pamong/db';
import { type CellStyle, type CellValue, Workbook } from '@pamong/sheets';

export { XLSX_CONTENT_TYPE } from '@pamong/sheets';

/**
 * The SKP report of an agency's year (issue 14 §4, `exportSkpReport`), laid out for a BKD to key
 * into or import to e-Kinerja BKN: one flat row per indicator with its employee, hasil kerja,
 * target and the item's realisation per assessment period, then the annual ratings and predikat
 * (sheet "SKP"); one row per employee with the annual assessment (sheet "Predikat"); and what the
 * file holds (sheet "Keterangan"). Headers in Bahasa Indonesia, NIP as text; every text cell is
 * formula-neutralised by @pamong/sheets.
 */
type Data = followUpRepo.SkpReportData;

const title: CellStyle = { bold: true, size: 14 };
const header: CellStyle = { bold: true, fill: 'FFE8EEF4' };
const text: CellStyle = { numFmt: '@' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const monthText = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
const periodText = (p: PerformancePeriod) =>
  p.start === p.end ? monthText(p.start) : `${monthText(p.start)} - ${monthText(p.end)}`;

const PREDIKAT_LABEL: Record<Predikat, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};
const RATING_LABEL: Record<string, string> = {
  above: 'Di atas ekspektasi',
  meets: 'Sesuai ekspektasi',
  below: 'Di bawah ekspektasi',
};
const TARGET_LABEL: Record<string, string> = { quantity: 'Kuantitas', quality: 'Kualitas', time: 'Waktu' };
const STATUS_LABEL: Record<string, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  approved: 'Disetujui',
};
const SOURCE_LABEL: Record<string, string> = {
  manual: 'Mandiri',
  cascade: 'Intervensi atasan',
  ikm: 'IKM unit',
};

const periodKey = (p: PerformancePeriod) => `${p.start}_${p.end}`;

/**
 * The realisation columns: the assessment periods of the tenant's cadence, then any other period a
 * realisation was recorded for (an older cadence, the whole year), in month order, longer first.
 */
function realisationPeriods(d: Data): PerformancePeriod[] {
  const out = assessmentPeriods(d.year, d.settings);
  for (const e of d.entries)
    for (const r of e.realisations) if (!out.some((p) => samePeriod(p, r.period))) out.push(r.period);
  return out.sort(
    (a, b) => monthIndex(a.start)! - monthIndex(b.start)! || monthIndex(b.end)! - monthIndex(a.end)!,
  );
}

export function buildSkpReportXlsx(d: Data, meta: { tenantName: string; generatedAt: Date }): Uint8Array {
  const periods = realisationPeriods(d);
  const wb = new Workbook({ creator: 'Pamong', created: meta.generatedAt });

  const columns: [string, number][] = [
    ['No', 6],
    ['NIP', 22],
    ['Nama', 30],
    ['Unit kerja', 28],
    ['Jabatan', 28],
    ['Pejabat penilai', 28],
    ['Status SKP', 12],
    ['No. hasil kerja', 8],
    ['Rencana hasil kerja', 48],
    ['Sumber', 16],
    ['Ekspektasi pimpinan', 32],
    ['Indikator kinerja', 44],
    ['Aspek target', 12],
    ['Target', 10],
    ['Satuan', 14],
    ...periods.map((p): [string, number] => [`Realisasi ${periodText(p)}`, 16]),
    ['Hasil kerja (tahunan)', 20],
    ['Perilaku kerja (tahunan)', 20],
    ['Predikat kinerja tahunan', 20],
  ];
  const skp = wb.addSheet('SKP', {
    frozenRows: 1,
    columns: columns.map(([h, width]) => (h === 'NIP' ? { width, style: text } : { width })),
  });
  skp.addRow(
    columns.map(([h]) => h),
    header,
  );
  d.entries.forEach((e, n) => {
    const byItem = new Map<string, Map<string, SkpRealisation>>();
    for (const r of e.realisations) {
      const m = byItem.get(r.itemId) ?? new Map<string, SkpRealisation>();
      m.set(periodKey(r.period), r);
      byItem.set(r.itemId, m);
    }
    const annual = e.annual;
    const person: CellValue[] = [
      n + 1,
      e.skp.nip ?? null,
      e.skp.employeeName,
      e.skp.unitName ?? null,
      e.skp.positionName ?? null,
      e.skp.appraiser.name,
      STATUS_LABEL[e.skp.status] ?? e.skp.status,
    ];
    const assessed: CellValue[] = [
      annual ? RATING_LABEL[annual.hasilKerja]! : null,
      annual ? RATING_LABEL[annual.perilaku]! : null,
      annual ? PREDIKAT_LABEL[annual.predikat] : 'Belum dinilai',
    ];
    if (e.skp.items.length === 0) {
      skp.addRow([
        ...person,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        ...periods.map(() => null),
        ...assessed,
      ]);
      return;
    }
    e.skp.items.forEach((item, i) => {
      const real = periods.map((p) => byItem.get(item.id)?.get(periodKey(p))?.value ?? null);
      const indicators = item.indicators.length > 0 ? item.indicators : [null];
      for (const ind of indicators)
        skp.addRow([
          ...person,
          i + 1,
          item.text,
          SOURCE_LABEL[item.source] ?? item.source,
          item.expectation ?? null,
          ind?.text ?? null,
          ind ? (TARGET_LABEL[ind.target.kind] ?? ind.target.kind) : null,
          ind ? ind.target.value : null,
          ind?.target.unit ?? null,
          ...real,
          ...assessed,
        ]);
    });
  });

  const pred = wb.addSheet('Predikat', {
    frozenRows: 1,
    columns: [
      { width: 6 },
      { width: 22, style: text },
      { width: 30 },
      { width: 28 },
      { width: 28 },
      { width: 28 },
      { width: 12 },
      { width: 10 },
      { width: 20 },
      { width: 20 },
      { width: 20 },
      { width: 26 },
      { width: 22 },
    ],
  });
  pred.addRow(
    [
      'No',
      'NIP',
      'Nama',
      'Unit kerja',
      'Jabatan',
      'Pejabat penilai',
      'Status SKP',
      'Jumlah hasil kerja',
      'Hasil kerja',
      'Perilaku kerja',
      'Predikat kinerja',
      'Dinilai oleh',
      'Tanggal penilaian',
    ],
    header,
  );
  d.entries.forEach((e, n) => {
    const a = e.annual;
    pred.addRow([
      n + 1,
      e.skp.nip ?? null,
      e.skp.employeeName,
      e.skp.unitName ?? null,
      e.skp.positionName ?? null,
      e.skp.appraiser.name,
      STATUS_LABEL[e.skp.status] ?? e.skp.status,
      e.skp.items.length,
      a ? RATING_LABEL[a.hasilKerja]! : null,
      a ? RATING_LABEL[a.perilaku]! : null,
      a ? PREDIKAT_LABEL[a.predikat] : 'Belum dinilai',
      a?.assessedByName ?? null,
      a ? a.assessedAt.slice(0, 10) : null,
    ]);
  });

  const info = wb.addSheet('Keterangan', { columns: [{ width: 28 }, { width: 80 }] });
  info.addRow(['Laporan SKP dan predikat kinerja'], title);
  info.addRow(['Pemerintah daerah', meta.tenantName]);
  info.addRow(['Perangkat daerah', d.agency.name]);
  info.addRow(['Tahun penilaian', d.year]);
  info.addRow(['Periode tahunan', periodText(d.period)]);
  info.addRow(['Periode penilaian', periods.map(periodText).join('; ')]);
  info.addRow(['Jumlah pegawai (SKP)', d.entries.length]);
  info.addRow(['Dinilai (tahunan)', d.entries.filter((e) => e.annual).length]);
  info.addRow(['Dibuat', meta.generatedAt.toISOString()]);
  if (d.truncated) info.addRow(['Catatan', 'Laporan dipotong: lebih banyak SKP daripada batas satu berkas.']);
  info.addRow([
    'Susunan',
    'Lembar SKP: satu baris per indikator kinerja, dengan realisasi hasil kerja per periode penilaian; lembar Predikat: satu baris per pegawai dengan penilaian tahunan (PermenPANRB 6/2022).',
  ]);
  return wb.toXlsx();
}

export function skpReportFileName(year: number): string {
  return `laporan-skp-${year}.xlsx`;
}
