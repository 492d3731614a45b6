import { describe, expect, it } from 'vitest';
import { cellRef, columnName, parseCellRef, parseRange, sheetRange } from './refs';

describe('references', () => {
  it('names columns as Excel does', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16_384].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    expect(() => columnName(0)).toThrow(RangeError);
    expect(() => columnName(16_385)).toThrow(RangeError);
    expect(() => columnName(1.5)).toThrow(RangeError);
  });

  it('reads back what it writes', () => {
    for (const [row, column] of [
      [1, 1],
      [10_001, 13],
      [1_048_576, 16_384],
    ] as const)
      expect(parseCellRef(cellRef(row, column))).toEqual({ row, column });
    expect(parseCellRef('$B$3')).toEqual({ row: 3, column: 2 });
    for (const bad of ['', 'A0', 'a1', '1A', 'XFE1', 'A1048577', 'A1:B2'])
      expect(() => parseCellRef(bad)).toThrow();
    expect(() => cellRef(0, 1)).toThrow(RangeError);
  });

  it('orders a range top-left first', () => {
    expect(parseRange('C4:A1')).toEqual({ from: { row: 1, column: 1 }, to: { row: 4, column: 3 } });
    expect(parseRange('B2')).toEqual({ from: { row: 2, column: 2 }, to: { row: 2, column: 2 } });
    expect(() => parseRange('A1:B2:C3')).toThrow();
  });

  it('quotes sheet names in formulas, doubling apostrophes', () => {
    expect(sheetRange('Perangkat Daerah', 'A2:A40')).toBe("'Perangkat Daerah'!$A$2:$A$40");
    expect(sheetRange("O'Brien", 'B5')).toBe("'O''Brien'!$B$5");
  });
});
