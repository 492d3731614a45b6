import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '@pamong/core';
import type { employeesRepo } from '@pamong/db';
import type ExcelJS from 'exceljs';
import { csvCell, IMPORT_SHEET } from './import-file';

/**
 * The import template and the employee export, in Bahasa Indonesia: both are handled by BKD staff
 * in Excel. exceljs is loaded on first use, as in the survey report, to keep it out of cold starts.
 */
const bold = { bold: true } as const;
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
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

export interface TemplateAgency {
  id: string;
  name: string;
  code?: string | null;
  units: { id: string; name: string }[];
}

function headerRow(sheet: ExcelJS.Worksheet, values: string[]) {
  const row = sheet.addRow(values);
  row.font = bold;
  row.fill = headerFill;
  return row;
}

export async function buildTemplateXlsx(agencies: TemplateAgency[]): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Pamong';
  const sheet = wb.addWorksheet(IMPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    key: c.key,
    width: Math.max(14, c.key.length + 4),
    ...(TEXT_COLUMNS.has(c.key) ? { style: { numFmt: '@' } } : {}),
  }));
  headerRow(
    sheet,
    IMPORT_COLUMNS.map((c) => c.key),
  );
  IMPORT_COLUMNS.forEach((c, i) => {
    sheet.getCell(1, i + 1).note = `${c.label}${c.required ? ' (wajib)' : ''}: ${c.hint}`;
  });

  const guide = wb.addWorksheet('Petunjuk');
  guide.columns = [{ width: 22 }, { width: 24 }, { width: 10 }, { width: 90 }, { width: 26 }];
  guide.addRow(['Petunjuk impor data pegawai']).font = { bold: true, size: 14 };
  for (const line of [
    `Isi lembar "${IMPORT_SHEET}" mulai baris 2, satu pegawai per baris; baris 1 adalah judul kolom dan jangan diubah. Paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris.`,
    'NIP adalah kunci: NIP yang belum ada menambah pegawai baru, NIP yang sudah ada memperbarui pegawai itu. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.',
    'Sel kosong pada pegawai yang sudah ada berarti nilai lama tetap dipakai. Pegawai baru wajib mengisi semua kolom bertanda "wajib".',
    'Pendidikan: isi pendidikan tertinggi pada empat kolom education*. Riwayat pendidikan lain yang sudah tersimpan tetap ada; jenjang yang sama diganti.',
    'Kompetensi: KODE:level dipisah titik koma, misalnya TEK-ANALISIS-DATA:3;MAN-KEPEMIMPINAN:2. Kolom kompetensi yang diisi menggantikan seluruh daftar kompetensi pegawai.',
    'Perangkat daerah dan unit boleh ditulis dengan nama (lihat lembar "Perangkat Daerah") atau ID. Perpindahan perangkat daerah, unit atau jabatan pegawai yang sudah ada tidak dilakukan lewat impor, melainkan lewat mutasi.',
    'Baris yang salah dilewati dan dilaporkan (nomor baris, kolom, pesan); baris lain tetap diimpor. Perbaiki baris itu lalu impor lagi.',
    'Berkas CSV: simpan sebagai CSV UTF-8; pemisah koma atau titik koma diterima.',
  ])
    guide.addRow([line]);
  guide.addRow([]);
  headerRow(guide, ['Kolom', 'Judul (Indonesia)', 'Wajib', 'Keterangan', 'Contoh']);
  for (const c of IMPORT_COLUMNS)
    guide.addRow([c.key, c.label, c.required ? 'Ya' : 'Tidak', c.hint, c.example]);

  const list = wb.addWorksheet('Perangkat Daerah');
  list.columns = [{ width: 44 }, { width: 14 }, { width: 44 }, { width: 30 }, { width: 30 }];
  headerRow(list, ['Perangkat Daerah', 'Kode', 'Unit', 'ID Perangkat Daerah', 'ID Unit']);
  for (const a of agencies) {
    if (a.units.length === 0) list.addRow([a.name, a.code ?? '', '', a.id, '']);
    for (const u of a.units) list.addRow([a.name, a.code ?? '', u.name, a.id, u.id]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The CSV template: the header line only, with a BOM so Excel opens it as UTF-8. */
export function buildTemplateCsv(): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${IMPORT_COLUMNS.map((c) => csvCell(c.key)).join(',')}\r\n`);
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
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Pamong';
  wb.created = meta.generatedAt;
  const sheet = wb.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map(([, width]) => ({ width }));
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
  sheet.getColumn(2).numFmt = '@';

  const info = wb.addWorksheet('Keterangan');
  info.columns = [{ width: 24 }, { width: 70 }];
  info.addRow(['Ekspor data pegawai']).font = { bold: true, size: 14 };
  info.addRow(['Dibuat', meta.generatedAt.toISOString()]);
  info.addRow(['Jumlah pegawai', rows.length]);
  info.addRow(['Filter', meta.filters.join('; ') || 'Tanpa filter (semua pegawai aktif)']);
  if (meta.truncated)
    info.addRow([
      'Catatan',
      `Hasil dipotong pada ${rows.length} pegawai; persempit filter untuk data selengkapnya.`,
    ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
