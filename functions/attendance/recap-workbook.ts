import type { AttendanceRecap } from '@pamong/core';
import { type CellStyle, Workbook } from '@pamong/sheets';

export { XLSX_CONTENT_TYPE } from '@pamong/sheets';

/**
 * The monthly recap as a BKD sends it to finance: one row per employee with the working days, the
 * days present and absent, TL and PSW per band (count and minutes), leave and official duty, and the
 * TPP deduction; the headers in Bahasa Indonesia, NIP as text.
 */
const title: CellStyle = { bold: true, size: 14 };
const header: CellStyle = { bold: true, fill: 'FFE8EEF4' };
const text: CellStyle = { numFmt: '@' };

/** TL/PSW bands of the default table, in order; a tenant's own table adds its labels after these. */
const BANDS = ['1-30', '31-60', '61-90', '>90', 'no-record'];
const bandLabel = (b: string) => (b === 'no-record' ? 'tanpa absen' : `${b.replace('>', '> ')} mnt`);

export function buildRecapXlsx(
  recap: Omit<AttendanceRecap, 'nextCursor'>,
  meta: { generatedAt: Date; truncated: boolean; monthName: string },
): Uint8Array {
  const bands = [
    ...BANDS,
    ...new Set(recap.items.flatMap((r) => [...Object.keys(r.late.bands), ...Object.keys(r.early.bands)])),
  ].filter((b, i, all) => all.indexOf(b) === i);
  const leaveTypes = [...new Set(recap.items.flatMap((r) => Object.keys(r.leaveDays)))].sort();
  const columns: [string, number][] = [
    ['No', 6],
    ['NIP', 22],
    ['Nama', 32],
    ['Unit', 30],
    ['Hari kerja', 10],
    ['Hadir', 8],
    ['Tanpa keterangan', 12],
    ['Dinas luar', 10],
    ...leaveTypes.map((t): [string, number] => [`Cuti ${t}`, 12]),
    ['TL (kali)', 9],
    ['TL (menit)', 10],
    ...bands.map((b): [string, number] => [`TL ${bandLabel(b)}`, 11]),
    ['PSW (kali)', 9],
    ['PSW (menit)', 10],
    ...bands.map((b): [string, number] => [`PSW ${bandLabel(b)}`, 11]),
    ['Potongan TPP (%)', 12],
  ];
  const wb = new Workbook({ creator: 'Pamong', created: meta.generatedAt });
  const sheet = wb.addSheet('Rekap', {
    frozenRows: 1,
    columns: columns.map(([h, width]) => (h === 'NIP' ? { width, style: text } : { width })),
  });
  sheet.addRow(
    columns.map(([h]) => h),
    header,
  );
  recap.items.forEach((r, i) => {
    sheet.addRow([
      i + 1,
      r.nip,
      r.name,
      r.unitName,
      r.workingDays,
      r.presentDays,
      r.absentDays,
      r.dutyDays,
      ...leaveTypes.map((t) => r.leaveDays[t] ?? 0),
      r.late.count,
      r.late.minutes,
      ...bands.map((b) => r.late.bands[b] ?? 0),
      r.early.count,
      r.early.minutes,
      ...bands.map((b) => r.early.bands[b] ?? 0),
      r.deductionPercent,
    ]);
  });
  const info = wb.addSheet('Keterangan', { columns: [{ width: 26 }, { width: 70 }] });
  info.addRow(['Rekap kehadiran bulanan'], title);
  info.addRow(['Perangkat daerah', recap.agency.name]);
  info.addRow(['Bulan', meta.monthName]);
  info.addRow([
    'Status',
    recap.state.status === 'closed'
      ? `Ditutup ${recap.state.closedAt ?? ''}`
      : 'Belum ditutup (angka dapat berubah)',
  ]);
  info.addRow(['Dibuat', meta.generatedAt.toISOString()]);
  info.addRow(['Jumlah pegawai', recap.items.length]);
  if (meta.truncated)
    info.addRow(['Catatan', 'Rekap dipotong: lebih banyak pegawai daripada batas satu berkas.']);
  info.addRow([
    'TL / PSW',
    'Terlambat masuk / pulang sebelum waktunya, per rentang menit; "tanpa absen" berarti tidak ada absen masuk atau pulang pada hari kerja.',
  ]);
  info.addRow(['Potongan TPP', 'Menurut tabel potongan pemerintah daerah, dibatasi paling banyak 100 %.']);
  return wb.toXlsx();
}
