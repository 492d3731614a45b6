import { describe, expect, it } from 'vitest';
import { MAX_ERROR_MESSAGE, RowErrors } from './import-errors';

const err = (row: number, message = `baris ${row}`, column = 'NIP') => ({ row, column, message });

describe('RowErrors', () => {
  it('keeps errors by row, in the order found within a row, with the header first', () => {
    const e = new RowErrors();
    e.add([err(1, 'kolom tidak dikenal: Golongan Lama')]);
    e.add([err(7), err(7, 'kedua')]);
    e.add([err(3)]);
    expect(e.first().map((x) => [x.row, x.message])).toEqual([
      [1, 'kolom tidak dikenal: Golongan Lama'],
      [3, 'baris 3'],
      [7, 'baris 7'],
      [7, 'kedua'],
    ]);
    expect(e.count).toBe(4);
  });

  it('counts every error but keeps only the first ones, with long messages cut', () => {
    const e = new RowErrors();
    e.add(Array.from({ length: 12 }, (_, i) => err(12 - i)));
    e.add([err(20, 'x'.repeat(1000))]);
    expect(e.count).toBe(13);
    expect(e.first(5).map((x) => x.row)).toEqual([1, 2, 3, 4, 5]);
    expect(e.first().at(-1)!.message).toHaveLength(MAX_ERROR_MESSAGE);
  });
});
