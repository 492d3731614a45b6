import type { ImportCell, ImportFormat } from '@pamong/core';
import type ExcelJS from 'exceljs';

/**
 * Reading an import file into rows of cells. The meaning of the cells is decided in
 * packages/core (import-rows.ts); this only turns XLSX or CSV bytes into values.
 */
export interface SheetRow {
  /** The row number a person sees in the sheet (the header is 1). */
  number: number;
  cells: ImportCell[];
}

/** The file itself cannot be read; the message (Bahasa Indonesia) becomes the job's failure. */
export class ImportFileError extends Error {}

export const IMPORT_SHEET = 'Pegawai';

export async function readSheetRows(bytes: Uint8Array, format: ImportFormat): Promise<SheetRow[]> {
  return format === 'csv' ? csvRows(decodeText(bytes)) : xlsxRows(bytes);
}

/** UTF-8 (with or without BOM); Excel's "CSV" without UTF-8 is Windows-1252. */
function decodeText(bytes: Uint8Array): string {
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
  if (quoted) throw new ImportFileError('Berkas CSV rusak: ada tanda kutip (") yang tidak ditutup.');
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** exceljs cell values reduced to plain values: rich text to text, a formula to its result. */
function plain(v: ExcelJS.CellValue): ImportCell {
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

async function xlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(
      'Berkas tidak dapat dibaca sebagai XLSX. Simpan ulang sebagai Excel Workbook (.xlsx).',
    );
  }
  const sheet = wb.getWorksheet(IMPORT_SHEET) ?? wb.worksheets[0];
  if (!sheet) throw new ImportFileError('Berkas XLSX tidak memuat lembar kerja.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs rows are 1-based: values[0] is always empty.
    rows.push({ number: row.number, cells: values.slice(1).map(plain) });
  });
  return rows;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A CSV cell, quoted when it holds a delimiter, a quote or a line break. */
export const csvCell = (s: string) => (/[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
