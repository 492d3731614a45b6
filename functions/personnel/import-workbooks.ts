import { IMPORT_COLUMN_ALIASES, IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '@pamong/core';
import type { employeesRepo } from '@pamong/db';
import { type CellStyle, cellNotes, cellRef, csvCell, type Sheet, Workbook } from '@pamong/sheets';

/**
 * The import template and the employee export, in Bahasa Indonesia: both are handled by BKD staff
 * in Excel. They are written with @pamong/sheets, not exceljs: exceljs would be most of the HTTP
 * function's bundle, and only the import worker (import-file.ts) needs to read XLSX.
 */
export { XLSX_CONTENT_TYPE } from '@pamong/sheets';

/**
 * The sheet the import worker reads. Declared here as well as in import-file.ts, not imported from
 * it: that module is the worker's XLSX reader, with exceljs. import-workbooks.test.ts checks both agree.
 */
export const IMPORT_SHEET = 'Pegawai';

const title: CellStyle = { bold: true, size: 14 };
const headerStyle: CellStyle = { bold: true, fill: 'FFE8EEF4' };
/** Cells typed as text, so Excel keeps NIP digits, leading zeros and dates exactly as written. */
const TEXT_COLUMNS = new Set([
  'nip',
  'phone',
  'birthDate',
  'tmtCpns',
  'tmtRank',
  'positionId',
  'agencyId',
  'unitId',
]);
const text: CellStyle = { numFmt: '@' };

export interface TemplateAgency {
  id: string;
  name: string;
  code?: string | null;
  units: { id: string; name: string }[];
}

function headerRow(sheet: Sheet, values: string[]) {
  sheet.addRow(values, headerStyle);
}

export async function buildTemplateXlsx(agencies: TemplateAgency[]): Promise<Uint8Array> {
  const wb = new Workbook({ creator: 'Pamong', notes: cellNotes });
  const sheet = wb.addSheet(IMPORT_SHEET, {
    frozenRows: 1,
    columns: IMPORT_COLUMNS.map((c) => ({
      width: Math.max(14, c.label.length + 4),
      ...(TEXT_COLUMNS.has(c.key) ? { style: text } : {}),
    })),
  });
  // Indonesian headers (issue 11 B13); files with the English field names of older templates still import.
  headerRow(
    sheet,
    IMPORT_COLUMNS.map((c) => c.label),
  );
  IMPORT_COLUMNS.forEach((c, i) => {
    sheet.addNote(cellRef(1, i + 1), `${c.label}${c.required ? ' (wajib)' : ''}: ${c.hint}`);
  });

  const guide = wb.addSheet('Petunjuk', {
    columns: [{ width: 24 }, { width: 34 }, { width: 10 }, { width: 90 }, { width: 26 }],
  });
  guide.addRow(['Petunjuk impor data pegawai'], title);
  for (const line of [
    `Isi lembar "${IMPORT_SHEET}" mulai baris 2, satu pegawai per baris; baris 1 adalah judul kolom dan jangan diubah. Paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris.`,
    'NIP adalah kunci: NIP yang belum ada menambah pegawai baru, NIP yang sudah ada memperbarui pegawai itu. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.',
    'Sel kosong pada pegawai yang sudah ada berarti nilai lama tetap dipakai. Pegawai baru wajib mengisi semua kolom bertanda "wajib".',
    'Pendidikan: isi pendidikan tertinggi pada empat kolom Jenjang Pendidikan, Jurusan, Institusi Pendidikan dan Tahun Lulus. Riwayat pendidikan lain yang sudah tersimpan tetap ada; jenjang yang sama diganti.',
    'Kompetensi: KODE:level dipisah titik koma, misalnya TEK-ANALISIS-DATA:3;MAN-KEPEMIMPINAN:2. Kolom kompetensi yang diisi menggantikan seluruh daftar kompetensi pegawai.',
    'Instansi/OPD, unit kerja dan jabatan boleh ditulis dengan nama (instansi dan unit kerja seperti di lembar "Perangkat Daerah", jabatan seperti di daftar jabatan unit kerja itu) atau ID. Bila dua unit kerja atau dua jabatan bernama sama, baris itu ditolak: tulis ID-nya. Perpindahan instansi, unit kerja atau jabatan pegawai yang sudah ada tidak dilakukan lewat impor, melainkan lewat mutasi.',
    'Baris yang salah dilewati dan dilaporkan (nomor baris, kolom, pesan); baris lain tetap diimpor. Perbaiki baris itu lalu impor lagi.',
    'Berkas CSV: simpan sebagai CSV UTF-8; pemisah koma atau titik koma diterima.',
    'Judul kolom lain yang tercantum di bawah (misalnya judul bahasa Inggris dari templat lama: nip, name, agencyId) juga diterima.',
  ])
    guide.addRow([line]);
  guide.addRow([]);
  headerRow(guide, ['Kolom', 'Judul lain yang diterima', 'Wajib', 'Keterangan', 'Contoh']);
  for (const c of IMPORT_COLUMNS)
    guide.addRow([
      c.label,
      [c.key, ...(IMPORT_COLUMN_ALIASES[c.key] ?? [])].join(', '),
      c.required ? 'Ya' : 'Tidak',
      c.hint,
      c.example,
    ]);

  const list = wb.addSheet('Perangkat Daerah', {
    columns: [{ width: 44 }, { width: 14 }, { width: 44 }, { width: 30 }, { width: 30 }],
  });
  headerRow(list, ['Perangkat Daerah', 'Kode', 'Unit', 'ID Perangkat Daerah', 'ID Unit']);
  for (const a of agencies) {
    if (a.units.length === 0) list.addRow([a.name, a.code ?? '', '', a.id, '']);
    for (const u of a.units) list.addRow([a.name, a.code ?? '', u.name, a.id, u.id]);
  }
  return wb.toXlsx();
}

/** The CSV template: the Indonesian header line only, with a BOM so Excel opens it as UTF-8. */
export function buildTemplateCsv(): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${IMPORT_COLUMNS.map((c) => csvCell(c.label)).join(',')}\r\n`);
}

const EXPORT_COLUMNS = [
  ['No', 6],
  ['NIP', 22],
  ['Nama', 32],
  ['Jenis Pegawai', 14],
  ['Perangkat Daerah', 36],
  ['Unit', 30],
  ['Jabatan', 30],
  ['Golongan', 10],
  ['Grade PPPK', 10],
  ['Pendidikan Tertinggi', 12],
  ['Kompetensi', 40],
  ['Email', 28],
  ['Telepon', 16],
] as const;

export async function buildExportXlsx(
  rows: employeesRepo.SearchRow[],
  meta: { unitNames: Map<string, string>; filters: string[]; truncated: boolean; generatedAt: Date },
): Promise<Uint8Array> {
  const wb = new Workbook({ creator: 'Pamong', created: meta.generatedAt });
  const sheet = wb.addSheet('Pegawai', {
    frozenRows: 1,
    // NIP (column B) as text: 18 digits are beyond a number's precision.
    columns: EXPORT_COLUMNS.map(([header, width]) => (header === 'NIP' ? { width, style: text } : { width })),
  });
  headerRow(
    sheet,
    EXPORT_COLUMNS.map(([h]) => h),
  );
  rows.forEach((r, i) => {
    const comps = Object.entries(r.comps)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, level]) => `${code}:${level}`)
      .join(';');
    sheet.addRow([
      i + 1,
      r.nip,
      r.name,
      r.employmentType,
      r.agencyName,
      meta.unitNames.get(r.unitId) ?? r.unitId,
      r.positionName ?? '',
      r.rank ?? '',
      r.grade ?? '',
      r.highestEducation ?? '',
      comps,
      r.email ?? '',
      r.phone ?? '',
    ]);
  });

  const info = wb.addSheet('Keterangan', { columns: [{ width: 24 }, { width: 70 }] });
  info.addRow(['Ekspor data pegawai'], title);
  info.addRow(['Dibuat', meta.generatedAt.toISOString()]);
  info.addRow(['Jumlah pegawai', rows.length]);
  info.addRow(['Filter', meta.filters.join('; ') || 'Tanpa filter (semua pegawai aktif)']);
  if (meta.truncated)
    info.addRow([
      'Catatan',
      `Hasil dipotong pada ${rows.length} pegawai; persempit filter untuk data selengkapnya.`,
    ]);
  return wb.toXlsx();
}
