import type { ImportFormat } from '@pamong/core';
import { readSheetRows as readSheet, type SheetRow } from '@pamong/sheets/read';

export { csvCell, XLSX_CONTENT_TYPE } from '@pamong/sheets';
/**
 * The employee import's file reader: the shared one of `@pamong/sheets/read` (CSV with `;` or `,`,
 * Windows-1252 fallback, XLSX through exceljs loaded on first use), reading the `Pegawai` sheet of
 * a workbook when it has one. The meaning of the cells is decided in packages/core (import-rows.ts).
 */
export {
  csvRows,
  SheetFileError as ImportFileError,
  type SheetRow,
} from '@pamong/sheets/read';

export const IMPORT_SHEET = 'Pegawai';

export function readSheetRows(bytes: Uint8Array, format: ImportFormat): Promise<SheetRow[]> {
  return readSheet(bytes, format, { sheet: IMPORT_SHEET });
}
