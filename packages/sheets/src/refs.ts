/** A1-style references: the way cells and ranges are named inside the package and in formulas. */

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 1 → `A`, 26 → `Z`, 27 → `AA`. */
export function columnName(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS)
    throw new RangeError(`column ${column} is outside 1..${MAX_COLUMNS}`);
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Row and column, both from 1: `cellRef(1, 1)` is `A1`. */
export function cellRef(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS)
    throw new RangeError(`row ${row} is outside 1..${MAX_ROWS}`);
  return `${columnName(column)}${row}`;
}

export interface CellPosition {
  row: number;
  column: number;
}

/** `B3` → row 3, column 2; `$B$3` is accepted as well. */
export function parseCellRef(ref: string): CellPosition {
  const m = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref);
  if (!m) throw new RangeError(`not a cell reference: ${ref}`);
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (column > MAX_COLUMNS || row > MAX_ROWS) throw new RangeError(`outside the sheet: ${ref}`);
  return { row, column };
}

/** `A1:C4` (or a single cell) as its two corners, top-left first. */
export function parseRange(range: string): { from: CellPosition; to: CellPosition } {
  const [a, b = a, extra] = range.split(':');
  if (!a || extra !== undefined) throw new RangeError(`not a range: ${range}`);
  const p = parseCellRef(a);
  const q = parseCellRef(b!);
  return {
    from: { row: Math.min(p.row, q.row), column: Math.min(p.column, q.column) },
    to: { row: Math.max(p.row, q.row), column: Math.max(p.column, q.column) },
  };
}

/**
 * An absolute range on a named sheet, for formulas such as a validation list's source:
 * `sheetRange('Perangkat Daerah', 'A2:A40')` is `'Perangkat Daerah'!$A$2:$A$40`.
 */
export function sheetRange(sheetName: string, range: string): string {
  const { from, to } = parseRange(range);
  const abs = (p: CellPosition) => `$${columnName(p.column)}$${p.row}`;
  const corners = from.row === to.row && from.column === to.column ? abs(from) : `${abs(from)}:${abs(to)}`;
  return `'${sheetName.replaceAll("'", "''")}'!${corners}`;
}
