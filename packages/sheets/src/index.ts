/**
 * @pamong/sheets: writes XLSX workbooks for the HTTP functions' exports, on Node's zlib (no
 * dependency). Reading uploaded workbooks is `@pamong/sheets/read` (exceljs, loaded on first use), for
 * the import workers only.
 */
export { csvCell } from './csv';
export { cellNotes } from './notes';
export { cellRef, columnName, MAX_COLUMNS, MAX_ROWS, parseCellRef, parseRange, sheetRange } from './refs';
export type { CellStyle } from './styles';
export { MAX_CELL_CHARS, neutraliseFormula, stripIllegalXml, TRUNCATION_MARK } from './text';
export {
  type Cell,
  type CellInput,
  type CellValue,
  type ColumnOptions,
  type ListValidation,
  Sheet,
  type SheetOptions,
  Workbook,
  type WorkbookOptions,
  XLSX_CONTENT_TYPE,
} from './workbook';
