import type { ImportRowError } from '../schemas/imports';
import type { ExamScoreStage } from '../schemas/recruitment';
import { parseRegistrationNumber } from './registration-number';
import {
  SKB_COMPONENTS,
  SKD_SUBTESTS,
  type SkbComponent,
  type SkdSubtest,
  type SkdSubtestSpec,
} from './round';
import { checkSkdScores } from './scoring';

/**
 * The exam score import's rows (issue 12 §4 `importExamScores`): a sheet row to a registration
 * number and the scores of one exam, with every problem reported at its column in Bahasa Indonesia
 * (the file is made and fixed by BKD staff). Pure: the worker reads the file and the applications,
 * this decides what a row means.
 *
 * - SKD: TWK, TIU and TKP, each a whole number from 0 to the subtest's maximum (checkSkdScores).
 * - SKB: the components, each 0-100 with at most 2 decimals; a component the round weighs 0% may be
 *   left out (column or cell), one weighed more than 0% is required.
 * - Numbers may be typed as text, with a comma for the decimal point (Excel in an Indonesian locale
 *   writes `87,5`).
 * - A registration number is read as `parseRegistrationNumber` reads it (case, spaces, O for 0);
 *   a wrong check character is "mistyped", and a number of another round is named as such.
 * - The name column of the template is only for the reader and is ignored.
 */

export type ScoreColumnKey = 'registrationNumber' | 'name' | SkdSubtest | SkbComponent;

/** A cell as a spreadsheet hands it over (rich text and formulas already reduced to their value). */
export type ScoreCell = string | number | boolean | Date | null | undefined;

export interface ScoreColumn {
  key: ScoreColumnKey;
  /** The Indonesian header the template writes. */
  label: string;
  /** Other headers read as this column (the English key always is). */
  aliases: readonly string[];
}

const REGISTRATION_NUMBER: ScoreColumn = {
  key: 'registrationNumber',
  label: 'Nomor Pendaftaran',
  aliases: ['No Pendaftaran', 'No. Pendaftaran', 'Nomor Peserta', 'No Peserta', 'registration number'],
};
const NAME: ScoreColumn = { key: 'name', label: 'Nama', aliases: ['Nama Pelamar', 'Nama Lengkap'] };

/** The columns of each stage's template, in order. */
export const EXAM_SCORE_COLUMNS: Readonly<Record<ExamScoreStage, readonly ScoreColumn[]>> = {
  SKD: [
    REGISTRATION_NUMBER,
    NAME,
    { key: 'twk', label: 'TWK', aliases: ['Nilai TWK'] },
    { key: 'tiu', label: 'TIU', aliases: ['Nilai TIU'] },
    { key: 'tkp', label: 'TKP', aliases: ['Nilai TKP'] },
  ],
  SKB: [
    REGISTRATION_NUMBER,
    NAME,
    { key: 'cat', label: 'SKB CAT', aliases: ['CAT', 'Nilai CAT', 'CAT SKB'] },
    { key: 'interview', label: 'Wawancara', aliases: ['Nilai Wawancara'] },
    { key: 'other', label: 'Tes Lain', aliases: ['Tes Lainnya', 'Nilai Tes Lain', 'Lainnya'] },
  ],
};

/** What of the round the rows are read against. */
export interface ScoreRules {
  /** The round's code: the prefix of its registration numbers. */
  code: string;
  skdSubtests: Readonly<Record<SkdSubtest, SkdSubtestSpec>>;
  /** SKB component weights in percent. */
  skbComponents: Readonly<Record<SkbComponent, number>>;
}

export interface ScoreHeader {
  stage: ExamScoreStage;
  /** The column key of each position in the header row; null for a column not read. */
  columns: (ScoreColumnKey | null)[];
  /** The header text each key was found under, so errors name the column as the file does. */
  names: Partial<Record<ScoreColumnKey, string>>;
  /** Problems with the header that do not stop the import (a repeated column). */
  warnings: ImportRowError[];
  /** A problem that stops the whole import (a required column missing). */
  fatal: string | null;
}

/** A header as compared: case, runs of spaces and a trailing colon do not matter. */
const headerKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '');

const cellText = (c: ScoreCell): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
};

/** The components (SKB) or subtests (SKD) a row must hold for this round. */
export function requiredScoreKeys(stage: ExamScoreStage, rules: ScoreRules): ScoreColumnKey[] {
  return stage === 'SKD' ? [...SKD_SUBTESTS] : SKB_COMPONENTS.filter((c) => rules.skbComponents[c] > 0);
}

const labelOf = (stage: ExamScoreStage, key: ScoreColumnKey) =>
  EXAM_SCORE_COLUMNS[stage].find((c) => c.key === key)?.label ?? key;

export function readScoreHeader(cells: ScoreCell[], stage: ExamScoreStage, rules: ScoreRules): ScoreHeader {
  const byName = new Map<string, ScoreColumnKey>();
  for (const c of EXAM_SCORE_COLUMNS[stage]) {
    for (const name of [c.key, c.label, ...c.aliases]) byName.set(headerKey(name), c.key);
  }
  const header: ScoreHeader = { stage, columns: [], names: {}, warnings: [], fatal: null };
  for (const cell of cells) {
    const text = cellText(cell).replace(/\s+/g, ' ');
    const key = byName.get(headerKey(text)) ?? null;
    if (key && header.names[key]) {
      header.warnings.push({
        row: 1,
        column: text,
        message: `kolom ${header.names[key]} muncul lebih dari sekali; hanya kolom pertama yang dibaca`,
      });
      header.columns.push(null);
      continue;
    }
    if (key) header.names[key] = text;
    header.columns.push(key);
  }
  const missing = ['registrationNumber' as const, ...requiredScoreKeys(stage, rules)].filter(
    (k) => !header.names[k],
  );
  if (missing.length > 0) {
    const list = missing.map((k) => `"${labelOf(stage, k)}"`).join(', ');
    header.fatal = `Kolom ${list} tidak ditemukan di baris judul (baris 1). Gunakan template nilai ${stage} dari aplikasi.`;
  }
  return header;
}

/** A number as typed: a number cell, or text with `.` or `,` as the decimal point. */
export function readScoreNumber(cell: ScoreCell): number | 'empty' | 'not-a-number' {
  if (cell === null || cell === undefined) return 'empty';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'not-a-number';
  if (typeof cell !== 'string') return 'not-a-number';
  const text = cell.replace(/\s+/g, '');
  if (text === '') return 'empty';
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return 'not-a-number';
  return Number(text.replace(',', '.'));
}

/** A value with at most 2 decimals, as the stored hundredths; null when it has more. */
function twoDecimals(v: number): number | null {
  const h = Math.round(v * 100);
  return Math.abs(h - v * 100) > 1e-6 ? null : h / 100;
}

export interface ScoreRow {
  /** Sheet row. */
  row: number;
  /** The canonical form. */
  registrationNumber: string;
  /** SKD: twk, tiu, tkp; SKB: the components given. */
  scores: Partial<Record<SkdSubtest | SkbComponent, number>>;
}

export function readScoreRow(
  cells: ScoreCell[],
  row: number,
  header: ScoreHeader,
  rules: ScoreRules,
): { row: ScoreRow | null; errors: ImportRowError[] } {
  const { stage } = header;
  const errors: ImportRowError[] = [];
  const at = (key: ScoreColumnKey) => {
    const i = header.columns.indexOf(key);
    return i < 0 ? undefined : cells[i];
  };
  const column = (key: ScoreColumnKey) => header.names[key] ?? labelOf(stage, key);
  const fail = (key: ScoreColumnKey, message: string) => errors.push({ row, column: column(key), message });

  const typed = cellText(at('registrationNumber'));
  const parsed = typed ? parseRegistrationNumber(typed) : null;
  if (!typed) fail('registrationNumber', 'nomor pendaftaran wajib diisi');
  else if (!parsed)
    fail(
      'registrationNumber',
      `nomor pendaftaran "${typed}" tidak valid: periksa setiap karakternya, terutama karakter terakhir (karakter pemeriksa); kemungkinan salah ketik`,
    );
  else if (parsed.roundCode !== rules.code)
    fail(
      'registrationNumber',
      `nomor pendaftaran ${parsed.canonical} bukan nomor seleksi ini (nomor seleksi ini diawali ${rules.code}-)`,
    );

  const scores: ScoreRow['scores'] = {};
  const required = new Set(requiredScoreKeys(stage, rules));
  const keys = stage === 'SKD' ? SKD_SUBTESTS : SKB_COMPONENTS;
  for (const key of keys) {
    const label = labelOf(stage, key);
    const value = readScoreNumber(at(key));
    if (value === 'empty') {
      if (required.has(key))
        fail(
          key,
          stage === 'SKD'
            ? `nilai ${label} wajib diisi`
            : `nilai ${label} wajib diisi (bobotnya ${rules.skbComponents[key as SkbComponent]}%)`,
        );
      continue;
    }
    if (value === 'not-a-number') {
      fail(key, `nilai ${label} "${cellText(at(key))}" bukan angka`);
      continue;
    }
    if (stage === 'SKD') {
      const spec = rules.skdSubtests[key as SkdSubtest];
      if (checkSkdScores({ [key]: value }, rules.skdSubtests).some((e) => e.path === key))
        fail(key, `nilai ${label} harus bilangan bulat dari 0 sampai ${spec.maxScore}, bukan ${value}`);
      else scores[key] = value;
      continue;
    }
    const exact = twoDecimals(value);
    if (exact === null || exact < 0 || exact > 100)
      fail(
        key,
        `nilai ${label} harus dari 0 sampai 100 dengan paling banyak 2 angka desimal, bukan ${value}`,
      );
    else scores[key] = exact;
  }
  if (errors.length > 0 || !parsed) return { row: null, errors };
  return { row: { row, registrationNumber: parsed.canonical, scores }, errors };
}

/** The same scores (the components of one exam; bookkeeping such as `importedAt` is not compared). */
export function sameScores(
  stage: ExamScoreStage,
  before: Partial<Record<string, unknown>> | null | undefined,
  after: ScoreRow['scores'],
): boolean {
  if (!before) return false;
  const keys = stage === 'SKD' ? SKD_SUBTESTS : SKB_COMPONENTS;
  return keys.every((k) => (before[k] ?? null) === (after[k] ?? null));
}
