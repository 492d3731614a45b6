import type ExcelJS from 'exceljs';

/**
 * @pamong/sheets/read: reading an uploaded XLSX or CSV file into rows of plain cells, for the import
 * workers (the employee import, the exam score import). The meaning of the cells is decided by the
 * caller (packages/core); this only turns the bytes into values.
 *
 * A subpath of its own, and exceljs is loaded with `import()` on the first XLSX read: a module that
 * only writes workbooks (`@pamong/sheets`) never brings the reader into an HTTP handler's bundle.
 */

/** A cell's value: rich text reduced to text, a formula to its result. */
export type SheetCell = string | number | boolean | Date | null | undefined;

export interface SheetRow {
  /** The row number a person sees in the sheet (the header is 1). */
  number: number;
  cells: SheetCell[];
}

export type SheetFormat = 'xlsx' | 'csv';

/** The file itself cannot be read; the message (Bahasa Indonesia) becomes the job's failure. */
export class SheetFileError extends Error {}

export interface ReadSheetOptions {
  /** The worksheet to read in a workbook; the first one when it has none of that name. */
  sheet?: string;
}

export async function readSheetRows(
  bytes: Uint8Array,
  format: SheetFormat,
  opts: ReadSheetOptions = {},
): Promise<SheetRow[]> {
  return format === 'csv' ? csvRows(decodeText(bytes)) : xlsxRows(bytes, opts.sheet);
}

/** UTF-8 (with or without BOM); Excel's "CSV" without UTF-8 is Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * RFC 4180 with the delimiter taken from the header line: Excel in an Indonesian locale saves
 * CSV with `;` (the comma is the decimal separator there).
 */
export function csvRows(text: string): SheetRow[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: SheetRow[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push({ number: rows.length + 1, cells: row });
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (quoted) throw new SheetFileError('Berkas CSV rusak: ada tanda kutip (") yang tidak ditutup.');
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** exceljs cell values reduced to plain values: rich text to text, a formula to its result. */
function plain(v: ExcelJS.CellValue): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plain(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}

async function xlsxRows(bytes: Uint8Array, sheetName?: string): Promise<SheetRow[]> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SheetFileError(
      'Berkas tidak dapat dibaca sebagai XLSX. Simpan ulang sebagai Excel Workbook (.xlsx).',
    );
  }
  const sheet = (sheetName ? wb.getWorksheet(sheetName) : undefined) ?? wb.worksheets[0];
  if (!sheet) throw new SheetFileError('Berkas XLSX tidak memuat lembar kerja.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs rows are 1-based: values[0] is always empty.
    rows.push({ number: row.number, cells: values.slice(1).map(plain) });
  });
  return rows;
}

/** A row with nothing in it (Excel keeps formatted empty rows). */
export const isEmptyRow = (r: SheetRow): boolean =>
  r.cells.every((c) => c === null || c === undefined || String(c).trim() === '');
