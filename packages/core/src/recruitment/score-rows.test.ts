import { describe, expect, it } from 'vitest';
import { formatRegistrationNumber } from './registration-number';
import { DEFAULT_SKD_SUBTESTS } from './round';
import {
  EXAM_SCORE_COLUMNS,
  readScoreHeader,
  readScoreNumber,
  readScoreRow,
  type ScoreCell,
  type ScoreRules,
  sameScores,
} from './score-rows';

const rules: ScoreRules = {
  code: 'CPNS26',
  skdSubtests: DEFAULT_SKD_SUBTESTS,
  skbComponents: { cat: 50, interview: 30, other: 20 },
};
const noOther: ScoreRules = { ...rules, skbComponents: { cat: 70, interview: 30, other: 0 } };
const n1 = formatRegistrationNumber('CPNS26', 1);
const n2 = formatRegistrationNumber('CPNS26', 2);

/** A mistyped copy of `n`: one character of its sequence changed, so the check character no longer fits. */
const mistyped = (n: string) =>
  n.replace(/-(\d{6})-/, (_m, seq: string) => `-${seq.slice(0, 5)}${(Number(seq[5]) + 1) % 10}-`);

const SKD_HEADER = ['Nomor Pendaftaran', 'Nama', 'TWK', 'TIU', 'TKP'];

/** The rows of a CSV as the worker gets them (csvRows splits them the same way). */
const split = (line: string, sep = ',') => line.split(sep) as ScoreCell[];

describe('readScoreHeader', () => {
  it('reads the Indonesian labels, the English keys and aliases, whatever the case and spacing', () => {
    for (const cells of [
      SKD_HEADER,
      ['registrationNumber', 'name', 'twk', 'tiu', 'tkp'],
      ['  no.  pendaftaran ', 'Nama Pelamar', 'nilai twk', 'Nilai TIU', 'TKP:'],
    ]) {
      const h = readScoreHeader(cells, 'SKD', rules);
      expect(h.fatal, cells.join('|')).toBeNull();
      expect(h.columns).toEqual(['registrationNumber', 'name', 'twk', 'tiu', 'tkp']);
    }
    const skb = readScoreHeader(['Nomor Pendaftaran', 'CAT', 'interview', 'Tes Lain'], 'SKB', rules);
    expect(skb.fatal).toBeNull();
    expect(skb.columns).toEqual(['registrationNumber', 'cat', 'interview', 'other']);
    expect(skb.names).toMatchObject({ cat: 'CAT', interview: 'interview', other: 'Tes Lain' });
  });

  it('stops on a missing required column, naming it in Indonesian; extra columns are ignored', () => {
    const h = readScoreHeader(['Nomor Pendaftaran', 'TWK', 'TKP', 'Keterangan'], 'SKD', rules);
    expect(h.fatal).toMatch(/Kolom "TIU" tidak ditemukan/);
    expect(readScoreHeader(['Nama', 'TWK', 'TIU', 'TKP'], 'SKD', rules).fatal).toMatch(/"Nomor Pendaftaran"/);
    // The SKD columns are not read as SKB scores.
    expect(readScoreHeader(SKD_HEADER, 'SKB', rules).fatal).toMatch(/"SKB CAT", "Wawancara", "Tes Lain"/);
    expect(readScoreHeader([...SKD_HEADER, 'Keterangan'], 'SKD', rules).columns[5]).toBeNull();
  });

  it('lets a component weighted 0% be left out, and warns of a repeated column', () => {
    expect(readScoreHeader(['Nomor Pendaftaran', 'SKB CAT', 'Wawancara'], 'SKB', noOther).fatal).toBeNull();
    expect(readScoreHeader(['Nomor Pendaftaran', 'SKB CAT', 'Wawancara'], 'SKB', rules).fatal).toMatch(
      /"Tes Lain"/,
    );
    const h = readScoreHeader([...SKD_HEADER, 'twk'], 'SKD', rules);
    expect(h.fatal).toBeNull();
    expect(h.warnings).toEqual([
      { row: 1, column: 'twk', message: expect.stringMatching(/lebih dari sekali/) },
    ]);
    expect(h.columns[5]).toBeNull();
  });

  it('the template labels are the ones the issue names', () => {
    expect(EXAM_SCORE_COLUMNS.SKD.map((c) => c.label)).toEqual(SKD_HEADER);
    expect(EXAM_SCORE_COLUMNS.SKB.map((c) => c.label)).toEqual([
      'Nomor Pendaftaran',
      'Nama',
      'SKB CAT',
      'Wawancara',
      'Tes Lain',
    ]);
  });
});

describe('readScoreRow: SKD', () => {
  const header = readScoreHeader(SKD_HEADER, 'SKD', rules);

  it('reads a row of a `;` CSV from an Indonesian Excel, the name ignored, numbers as text', () => {
    const h = readScoreHeader(split('Nomor Pendaftaran;Nama;TWK;TIU;TKP', ';'), 'SKD', rules);
    const { row, errors } = readScoreRow(split(`${n1};Budi; 95 ;110;180`, ';'), 2, h, rules);
    expect(errors).toEqual([]);
    expect(row).toEqual({ row: 2, registrationNumber: n1, scores: { twk: 95, tiu: 110, tkp: 180 } });
  });

  it('reads the number as typed: lower case, spaces, O for 0, no dashes', () => {
    const typed = n2.toLowerCase().replaceAll('0', 'o');
    const { row } = readScoreRow([` ${typed} `, 'x', 70, 90, 170], 3, header, rules);
    expect(row?.registrationNumber).toBe(n2);
    const bare = n2.replaceAll('-', '');
    expect(readScoreRow([bare, '', 70, 90, 170], 3, header, rules).row?.registrationNumber).toBe(n2);
  });

  it('refuses a score over the maximum and a non-integer score, at their columns', () => {
    const { row, errors } = readScoreRow([n1, 'Budi', 151, '87,5', 225], 4, header, rules);
    expect(row).toBeNull();
    expect(errors).toEqual([
      { row: 4, column: 'TWK', message: 'nilai TWK harus bilangan bulat dari 0 sampai 150, bukan 151' },
      { row: 4, column: 'TIU', message: 'nilai TIU harus bilangan bulat dari 0 sampai 175, bukan 87.5' },
    ]);
    // The round's own maximum applies.
    const small: ScoreRules = {
      ...rules,
      skdSubtests: { ...DEFAULT_SKD_SUBTESTS, tkp: { questions: 40, maxScore: 200 } },
    };
    expect(readScoreRow([n1, '', 100, 100, 201], 4, header, small).errors[0]?.message).toMatch(
      /0 sampai 200/,
    );
  });

  it('refuses an empty score, text that is no number, and a negative score', () => {
    const { errors } = readScoreRow([n1, 'Budi', '', 'sembilan', -1], 5, header, rules);
    expect(errors.map((e) => [e.column, e.message])).toEqual([
      ['TWK', 'nilai TWK wajib diisi'],
      ['TIU', 'nilai TIU "sembilan" bukan angka'],
      ['TKP', 'nilai TKP harus bilangan bulat dari 0 sampai 225, bukan -1'],
    ]);
  });

  it('reports a mistyped registration number as such, and one of another round by its round', () => {
    const typo = readScoreRow([mistyped(n1), '', 100, 100, 100], 6, header, rules);
    expect(typo.row).toBeNull();
    expect(typo.errors).toEqual([
      {
        row: 6,
        column: 'Nomor Pendaftaran',
        message: expect.stringMatching(/tidak valid: .*karakter pemeriksa.*salah ketik/),
      },
    ]);
    const other = readScoreRow([formatRegistrationNumber('PPPK26', 1), '', 100, 100, 100], 7, header, rules);
    expect(other.errors[0]?.message).toMatch(/bukan nomor seleksi ini \(nomor seleksi ini diawali CPNS26-\)/);
    expect(readScoreRow(['', 'Budi', 100, 100, 100], 8, header, rules).errors[0]?.message).toBe(
      'nomor pendaftaran wajib diisi',
    );
  });

  it('names the column as the file wrote it', () => {
    const h = readScoreHeader(['registrationNumber', 'twk', 'tiu', 'tkp'], 'SKD', rules);
    expect(readScoreRow([n1, 200, 100, 100], 2, h, rules).errors[0]?.column).toBe('twk');
  });
});

describe('readScoreRow: SKB', () => {
  const header = readScoreHeader(
    ['Nomor Pendaftaran', 'Nama', 'SKB CAT', 'Wawancara', 'Tes Lain'],
    'SKB',
    rules,
  );

  it('reads a comma decimal "87,5" and up to 2 decimals', () => {
    const { row, errors } = readScoreRow([n1, 'Budi', '87,5', 90.25, '70.75'], 2, header, rules);
    expect(errors).toEqual([]);
    expect(row?.scores).toEqual({ cat: 87.5, interview: 90.25, other: 70.75 });
  });

  it('refuses more than 2 decimals and over 100', () => {
    const { errors } = readScoreRow([n1, '', '87,555', 100.01, 101], 3, header, rules);
    expect(errors.map((e) => e.column)).toEqual(['SKB CAT', 'Wawancara', 'Tes Lain']);
    expect(errors[0]?.message).toBe(
      'nilai SKB CAT harus dari 0 sampai 100 dengan paling banyak 2 angka desimal, bukan 87.555',
    );
  });

  it('requires a component with a weight, naming its weight', () => {
    const { row, errors } = readScoreRow([n1, '', 80, '', 75], 4, header, rules);
    expect(row).toBeNull();
    expect(errors).toEqual([
      { row: 4, column: 'Wawancara', message: 'nilai Wawancara wajib diisi (bobotnya 30%)' },
    ]);
  });

  it('lets a component weighted 0% be absent, as a column or as a cell', () => {
    const without = readScoreHeader(['Nomor Pendaftaran', 'SKB CAT', 'Wawancara'], 'SKB', noOther);
    expect(readScoreRow([n1, 80, 75], 5, without, noOther)).toEqual({
      row: { row: 5, registrationNumber: n1, scores: { cat: 80, interview: 75 } },
      errors: [],
    });
    expect(readScoreRow([n1, '', 80, 75, null], 5, header, noOther).row?.scores).toEqual({
      cat: 80,
      interview: 75,
    });
    // Given anyway, it is still checked.
    expect(readScoreRow([n1, '', 80, 75, 120], 5, header, noOther).errors[0]?.column).toBe('Tes Lain');
  });
});

describe('readScoreNumber and sameScores', () => {
  it('reads numbers as typed', () => {
    expect(readScoreNumber(87)).toBe(87);
    expect(readScoreNumber(' 87,5 ')).toBe(87.5);
    expect(readScoreNumber('1 2')).toBe(12);
    expect(readScoreNumber('')).toBe('empty');
    expect(readScoreNumber(null)).toBe('empty');
    expect(readScoreNumber('1.234,5')).toBe('not-a-number');
    expect(readScoreNumber(true)).toBe('not-a-number');
  });

  it('compares the scores of a stage only', () => {
    const stored = { twk: 90, tiu: 100, tkp: 170, importedAt: '2026-01-01T00:00:00.000Z', jobId: 'J' };
    expect(sameScores('SKD', stored, { twk: 90, tiu: 100, tkp: 170 })).toBe(true);
    expect(sameScores('SKD', stored, { twk: 90, tiu: 101, tkp: 170 })).toBe(false);
    expect(sameScores('SKD', undefined, { twk: 90, tiu: 100, tkp: 170 })).toBe(false);
    expect(sameScores('SKB', { cat: 80, interview: 70 }, { cat: 80, interview: 70 })).toBe(true);
    expect(sameScores('SKB', { cat: 80, interview: 70 }, { cat: 80, interview: 70, other: 0 })).toBe(false);
  });
});
