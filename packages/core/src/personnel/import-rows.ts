import type { FieldError } from '../errors';
import { ULID_PATTERN } from '../ids';
import {
  type CreateEmployeeInput,
  createEmployeeSchema,
  type EducationEntry,
} from '../schemas/employee-create';
import {
  IMPORT_COLUMN_ALIASES,
  IMPORT_COLUMNS,
  type ImportColumnKey,
  type ImportRowError,
} from '../schemas/imports';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, PPPK_GRADES, RANK_CODES } from './vocabulary';

/**
 * One sheet row to a createEmployee body (issue 3 §8), with every problem reported at its column
 * in Bahasa Indonesia. Pure: the worker reads the file and the tenant's agencies and units, this
 * decides what a row means.
 */

/** A cell as a spreadsheet hands it over (rich text and formulas already reduced to their value). */
export type ImportCell = string | number | boolean | Date | null | undefined;

export interface ImportHeader {
  /** The column key of each position in the header row; null for a column we do not know. */
  columns: (ImportColumnKey | null)[];
  /** The header text each key was found under, so errors name the column as the file does. */
  names: Partial<Record<ImportColumnKey, string>>;
  /** Problems with the header that do not stop the import (an unknown column is ignored). */
  warnings: ImportRowError[];
  /** A problem that stops the whole import (no NIP column). */
  fatal: string | null;
}

/** A header as compared: case, runs of spaces and the spaces around a `/` do not matter. */
const headerKey = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/');

/** The Indonesian label, the English key of older templates, and the aliases, to the column key. */
const BY_NAME = new Map<string, ImportColumnKey>();
for (const c of IMPORT_COLUMNS) {
  BY_NAME.set(headerKey(c.key), c.key);
  BY_NAME.set(headerKey(c.label), c.key);
  for (const alias of IMPORT_COLUMN_ALIASES[c.key] ?? []) BY_NAME.set(headerKey(alias), c.key);
}
const LABEL = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.label])) as Record<
  ImportColumnKey,
  string
>;

export function readImportHeader(cells: ImportCell[]): ImportHeader {
  const header: ImportHeader = { columns: [], names: {}, warnings: [], fatal: null };
  cells.forEach((cell) => {
    const text = cellText(cell).replace(/\s+/g, ' ');
    const key = BY_NAME.get(headerKey(text)) ?? null;
    if (key && header.names[key]) {
      header.warnings.push({
        row: 1,
        column: text,
        message: `kolom ${text} muncul dua kali; yang kedua diabaikan`,
      });
      header.columns.push(null);
      return;
    }
    if (!key && text)
      header.warnings.push({ row: 1, column: text, message: 'kolom tidak dikenal; diabaikan' });
    if (key) header.names[key] = text;
    header.columns.push(key);
  });
  if (!header.names.nip) header.fatal = 'Baris pertama (judul kolom) tidak memuat kolom nip (NIP).';
  return header;
}

export interface ImportLookups {
  agencies: readonly { id: string; name: string; code?: string | null }[];
  /** Units of an agency (the worker loads them before the rows are read). */
  unitsOf(agencyId: string): readonly { id: string; name: string }[];
  /**
   * Positions of an agency, for a Jabatan written by name (the worker loads those of the agencies
   * whose rows name one). Without it a position is read by id only.
   */
  positionsOf?(agencyId: string): readonly { id: string; name: string; unitId: string }[];
}

/** The fields a row gives: a cell left empty is absent, so an update keeps the stored value. */
export type ImportFields = Partial<Omit<CreateEmployeeInput, 'education'>> & {
  /** The highest education; all four education columns together. */
  education?: EducationEntry;
};

export interface ImportRow {
  row: number;
  nip: string;
  fields: ImportFields;
}

export interface ReadRowResult {
  row: ImportRow | null;
  errors: ImportRowError[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function cellText(cell: ImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Excel's day 0 is 1899-12-30 (it counts a 29 Feb 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateOf(cell: ImportCell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 80_000)
    return new Date(EXCEL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10);
  const s = cellText(cell);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const iso = (y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (m) return realDate(iso(m[1]!, m[2]!, m[3]!));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return realDate(iso(m[3]!, m[2]!, m[1]!));
  return null;
}

function realDate(iso: string): string | null {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

const RANK_BY_UPPER = new Map(RANK_CODES.map((r) => [r.toUpperCase(), r]));
const COMPETENCY = /^([A-Za-z][A-Za-z0-9-]{1,39})\s*:\s*(\d+)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Ctx {
  row: number;
  header: ImportHeader;
  errors: ImportRowError[];
}
const colName = (ctx: Ctx, key: ImportColumnKey) => ctx.header.names[key] ?? key;
const fail = (ctx: Ctx, key: ImportColumnKey, message: string) => {
  ctx.errors.push({ row: ctx.row, column: colName(ctx, key), message });
};

function textField(ctx: Ctx, key: ImportColumnKey, s: string, max: number): string | undefined {
  if (s.length > max) fail(ctx, key, `${LABEL[key]} paling banyak ${max} karakter`);
  return s;
}

/** An agency or unit named in a cell: its id, or its name or code (case and spacing ignored). */
export function resolveByName<T extends { id: string; name: string; code?: string | null }>(
  list: readonly T[],
  s: string,
): T | 'ambiguous' | null {
  if (ULID_PATTERN.test(s)) return list.find((x) => x.id === s) ?? null;
  const wanted = norm(s);
  const hits = list.filter((x) => norm(x.name) === wanted || (x.code && norm(x.code) === wanted));
  return hits.length > 1 ? 'ambiguous' : (hits[0] ?? null);
}

/** Parses one row; a row with any error is not imported. Empty rows come back as `row: null` with no error. */
export function readImportRow(
  cells: ImportCell[],
  rowNumber: number,
  header: ImportHeader,
  lookups: ImportLookups,
): ReadRowResult {
  const ctx: Ctx = { row: rowNumber, header, errors: [] };
  const raw: Partial<Record<ImportColumnKey, ImportCell>> = {};
  header.columns.forEach((key, i) => {
    if (key && cellText(cells[i]) !== '') raw[key] = cells[i];
  });
  if (Object.keys(raw).length === 0) return { row: null, errors: [] };
  const text = (key: ImportColumnKey) => (raw[key] === undefined ? undefined : cellText(raw[key]));
  const f: ImportFields = {};

  const nipCell = raw.nip;
  let nip = '';
  if (nipCell === undefined) fail(ctx, 'nip', 'NIP wajib diisi');
  else if (typeof nipCell === 'number' && !Number.isSafeInteger(nipCell))
    fail(
      ctx,
      'nip',
      'NIP tertulis sebagai angka sehingga digit terakhirnya hilang; ubah format sel menjadi Teks',
    );
  else {
    nip = cellText(nipCell).replace(/[\s.-]/g, '');
    if (!/^\d{18}$/.test(nip)) fail(ctx, 'nip', `NIP harus 18 digit (tertulis ${nip.length} karakter)`);
  }

  const type = text('employmentType')?.toUpperCase();
  if (type !== undefined) {
    if ((EMPLOYMENT_TYPES as readonly string[]).includes(type))
      f.employmentType = type as typeof f.employmentType;
    else fail(ctx, 'employmentType', `jenis pegawai "${type}" tidak dikenal; isi PNS, CPNS atau PPPK`);
  }
  for (const [key, max] of [
    ['name', 120],
    ['frontTitle', 40],
    ['backTitle', 60],
    ['birthPlace', 100],
  ] as const) {
    const s = text(key);
    if (s !== undefined) f[key] = textField(ctx, key, s.replace(/\s+/g, ' '), max);
  }
  const gender = text('gender')?.toUpperCase();
  if (gender !== undefined) {
    const g = { L: 'L', P: 'P', 'LAKI-LAKI': 'L', PEREMPUAN: 'P' }[gender] as 'L' | 'P' | undefined;
    if (g) f.gender = g;
    else fail(ctx, 'gender', `jenis kelamin "${gender}" tidak dikenal; isi L atau P`);
  }
  for (const key of ['birthDate', 'tmtCpns', 'tmtRank'] as const) {
    if (raw[key] === undefined) continue;
    const d = dateOf(raw[key]);
    if (d) f[key] = d;
    else
      fail(ctx, key, `${LABEL[key]} "${cellText(raw[key])}" bukan tanggal; tulis YYYY-MM-DD atau DD-MM-YYYY`);
  }
  const rank = text('rank');
  if (rank !== undefined) {
    const r = RANK_BY_UPPER.get(rank.replace(/\s+/g, '').toUpperCase());
    if (r) f.rank = r;
    else fail(ctx, 'rank', `golongan "${rank}" tidak dikenal; contoh yang benar: III/a`);
  }
  const grade = text('grade')?.toUpperCase();
  if (grade !== undefined) {
    if ((PPPK_GRADES as readonly string[]).includes(grade)) f.grade = grade as typeof f.grade;
    else fail(ctx, 'grade', `grade PPPK "${grade}" tidak dikenal; isi I sampai XVII`);
  }
  readPlacement(ctx, text('agencyId'), text('unitId'), lookups, f);
  readPosition(ctx, text('positionId'), lookups, f);
  readEducation(ctx, raw, text, f);
  readCompetencies(ctx, text('competencies'), f);

  const email = text('email');
  if (email !== undefined) {
    if (EMAIL.test(email) && email.length <= 200) f.email = email;
    else fail(ctx, 'email', `"${email}" bukan alamat email yang valid`);
  }
  const phone = text('phone')?.replace(/[\s().-]/g, '');
  if (phone !== undefined) {
    if (/^\+?[0-9]{8,15}$/.test(phone)) f.phone = phone;
    else fail(ctx, 'phone', 'nomor telepon harus 8-15 digit, boleh diawali +');
  }
  return { row: ctx.errors.length ? null : { row: rowNumber, nip, fields: f }, errors: ctx.errors };
}

function readPlacement(
  ctx: Ctx,
  agencyText: string | undefined,
  unitText: string | undefined,
  lookups: ImportLookups,
  f: ImportFields,
) {
  if (agencyText !== undefined) {
    const agency = resolveByName(lookups.agencies, agencyText);
    if (agency === 'ambiguous')
      fail(ctx, 'agencyId', `ada lebih dari satu perangkat daerah bernama "${agencyText}"; tulis ID-nya`);
    else if (!agency)
      fail(
        ctx,
        'agencyId',
        `perangkat daerah "${agencyText}" tidak ditemukan (atau tidak aktif) di pemerintah daerah ini`,
      );
    else f.agencyId = agency.id;
  }
  if (unitText === undefined) return;
  if (!f.agencyId) {
    if (agencyText === undefined)
      fail(ctx, 'unitId', 'unit hanya dapat dibaca bersama kolom perangkat daerah');
    return;
  }
  const unit = resolveByName(lookups.unitsOf(f.agencyId), unitText);
  if (unit === 'ambiguous')
    fail(
      ctx,
      'unitId',
      `ada lebih dari satu unit bernama "${unitText}" di perangkat daerah ini; tulis ID unitnya (lihat lembar "Perangkat Daerah")`,
    );
  else if (!unit)
    fail(ctx, 'unitId', `unit "${unitText}" tidak ditemukan (atau tidak aktif) di perangkat daerah ini`);
  else f.unitId = unit.id;
}

/**
 * The position: its id, or its name among the positions of the row's unit (case and spacing
 * ignored). A name needs the unit, as a position belongs to one; two positions of that name in the
 * unit are an error naming the ambiguity.
 */
function readPosition(ctx: Ctx, s: string | undefined, lookups: ImportLookups, f: ImportFields) {
  if (s === undefined) return;
  if (ULID_PATTERN.test(s.toUpperCase())) {
    f.positionId = s.toUpperCase();
    return;
  }
  if (!f.agencyId || !f.unitId) {
    // An agency or unit that was given but not found is reported at its own column already.
    const placementColumns = [colName(ctx, 'agencyId'), colName(ctx, 'unitId')];
    if (!ctx.errors.some((e) => placementColumns.includes(e.column)))
      fail(
        ctx,
        'positionId',
        `jabatan "${s}" ditulis dengan nama, jadi isi juga instansi/OPD dan unit kerjanya; atau tulis ID jabatan`,
      );
    return;
  }
  const unitId = f.unitId;
  const inUnit = (lookups.positionsOf?.(f.agencyId) ?? []).filter((p) => p.unitId === unitId);
  const hits = inUnit.filter((p) => norm(p.name) === norm(s));
  if (hits.length > 1)
    fail(
      ctx,
      'positionId',
      `ada lebih dari satu jabatan bernama "${s}" di unit kerja ini; tulis ID jabatannya`,
    );
  else if (hits.length === 0) fail(ctx, 'positionId', `jabatan "${s}" tidak ditemukan di unit kerja ini`);
  else f.positionId = hits[0]!.id;
}

const EDUCATION_KEYS = ['educationLevel', 'educationMajor', 'educationInstitution', 'educationYear'] as const;

function readEducation(
  ctx: Ctx,
  raw: Partial<Record<ImportColumnKey, ImportCell>>,
  text: (k: ImportColumnKey) => string | undefined,
  f: ImportFields,
) {
  const given = EDUCATION_KEYS.filter((k) => raw[k] !== undefined);
  if (given.length === 0) return;
  const before = ctx.errors.length;
  for (const k of EDUCATION_KEYS)
    if (raw[k] === undefined) fail(ctx, k, `${LABEL[k]} wajib diisi bersama kolom pendidikan lainnya`);
  const level = text('educationLevel')?.toUpperCase();
  if (level !== undefined && !(EDUCATION_LEVELS as readonly string[]).includes(level))
    fail(
      ctx,
      'educationLevel',
      `jenjang "${level}" tidak dikenal; isi salah satu dari ${EDUCATION_LEVELS.join(', ')}`,
    );
  const major = text('educationMajor');
  if (major !== undefined) textField(ctx, 'educationMajor', major, 120);
  const institution = text('educationInstitution');
  if (institution !== undefined) textField(ctx, 'educationInstitution', institution, 200);
  const yearText = text('educationYear');
  const year = Number(yearText);
  if (yearText !== undefined && !(Number.isInteger(year) && year >= 1940 && year <= 2100))
    fail(ctx, 'educationYear', `tahun lulus "${yearText}" harus tahun 4 digit antara 1940 dan 2100`);
  if (ctx.errors.length > before) return;
  f.education = {
    level: level as EducationEntry['level'],
    major: major!.replace(/\s+/g, ' '),
    institution: institution!.replace(/\s+/g, ' '),
    graduationYear: year,
  };
}

function readCompetencies(ctx: Ctx, s: string | undefined, f: ImportFields) {
  if (s === undefined) return;
  const list: { code: string; level: number }[] = [];
  for (const part of s
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = COMPETENCY.exec(part);
    const level = Number(m?.[2]);
    if (!m || level < 1 || level > 5) {
      fail(ctx, 'competencies', `"${part}" bukan KODE:level (level 1-5), misalnya TEK-ANALISIS-DATA:3`);
      continue;
    }
    const code = m[1]!.toUpperCase();
    if (list.some((c) => c.code === code)) fail(ctx, 'competencies', `kompetensi ${code} tercantum dua kali`);
    else list.push({ code, level });
  }
  if (list.length > 30) fail(ctx, 'competencies', 'paling banyak 30 kompetensi');
  f.competencies = list;
}

/** The column an API field path belongs to (`education.0.major` → educationMajor). */
export function columnOfPath(path: string): ImportColumnKey {
  const [first, , sub] = path.split('.');
  if (first === 'education') {
    const bySub: Record<string, ImportColumnKey> = {
      major: 'educationMajor',
      institution: 'educationInstitution',
      graduationYear: 'educationYear',
    };
    return bySub[sub ?? ''] ?? 'educationLevel';
  }
  return (IMPORT_COLUMNS.find((c) => c.key === first)?.key ?? 'nip') as ImportColumnKey;
}

const TYPE_WORDS: Record<string, string> = { PNS: 'PNS', CPNS: 'CPNS', PPPK: 'PPPK' };

/** The English rule and NIP messages of employeeRuleErrors/checkNip, said in Bahasa Indonesia. */
const TRANSLATIONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must be 18 digits$/, () => 'NIP harus 18 digit'],
  [
    /^digits 1-8 \(birth date\) (\d+) are not a real date$/,
    (m) => `digit 1-8 (tanggal lahir) ${m[1]} bukan tanggal yang ada`,
  ],
  [
    /^digits 1-8 \(birth date\) are (\d+) but birthDate is (\S+)$/,
    (m) => `digit 1-8 (tanggal lahir) adalah ${m[1]} tetapi tanggal lahir ${m[2]}`,
  ],
  [
    /^digits 13-14 \(TMT CPNS month\) are (\d+), not 01-12$/,
    (m) => `digit 13-14 (bulan TMT CPNS) adalah ${m[1]}, bukan 01-12`,
  ],
  [
    /^digits 9-14 \(TMT CPNS\) (\d+) are less than (\d+) years after the birth date (\S+)$/,
    (m) => `digit 9-14 (TMT CPNS) ${m[1]} kurang dari ${m[2]} tahun setelah tanggal lahir ${m[3]}`,
  ],
  [
    /^digits 9-14 \(TMT CPNS\) (\d+) are in the future \(today is (\S+)\)$/,
    (m) => `digit 9-14 (TMT CPNS) ${m[1]} ada di masa depan (hari ini ${m[2]})`,
  ],
  [
    /^digits 9-14 \(TMT CPNS\) are (\d+) but tmtCpns is (\S+)$/,
    (m) => `digit 9-14 (TMT CPNS) adalah ${m[1]} tetapi TMT CPNS ${m[2]}`,
  ],
  [
    /^digit 15 \(gender\) is (\S), not 1 or 2$/,
    (m) => `digit 15 (jenis kelamin) adalah ${m[1]}, bukan 1 atau 2`,
  ],
  [
    /^digit 15 \(gender\) is (\S) but gender is (\S+)$/,
    (m) => `digit 15 (jenis kelamin) adalah ${m[1]} tetapi jenis kelamin ${m[2]}`,
  ],
  [
    /^digits 16-18 \(sequence\) are (\d+), not 001-999$/,
    (m) => `digit 16-18 (nomor urut) adalah ${m[1]}, bukan 001-999`,
  ],
  [
    /^is only for PNS and CPNS; a PPPK has a grade$/,
    () => 'golongan hanya untuk PNS dan CPNS; PPPK memakai grade',
  ],
  [
    /^is only for PPPK; a PNS or CPNS has a rank$/,
    () => 'grade hanya untuk PPPK; PNS dan CPNS memakai golongan',
  ],
  [/^is required for (\w+)$/, (m) => `wajib diisi untuk ${TYPE_WORDS[m[1]!] ?? m[1]}`],
  [/^cannot be before tmtCpns$/, () => 'TMT golongan tidak boleh sebelum TMT CPNS'],
  [/^must be after birthDate$/, () => 'TMT CPNS harus setelah tanggal lahir'],
  [/^is listed twice$/, () => 'tercantum dua kali'],
  [/^is already used by another employee$/, () => 'NIP sudah dipakai pegawai lain'],
];

/** An API field error (English, at a field path) as a row error at the file's column, in Indonesian. */
export function importErrorOf(err: FieldError, row: number, header: ImportHeader): ImportRowError {
  const key = columnOfPath(err.path);
  let message: string | undefined;
  for (const [re, say] of TRANSLATIONS) {
    const m = re.exec(err.message);
    if (m) {
      message = say(m);
      break;
    }
  }
  return {
    row,
    column: header.names[key] ?? key,
    message: message ?? `${LABEL[key]} tidak valid (${err.message})`,
  };
}

/**
 * The create body of a new employee's row, checked with createEmployeeSchema (its rules say what
 * is required); the problems come back at the file's columns, in Indonesian.
 */
export function createInputOf(
  row: ImportRow,
  header: ImportHeader,
): { input: CreateEmployeeInput | null; errors: ImportRowError[] } {
  const { education, ...rest } = row.fields;
  const errors: ImportRowError[] = [];
  const missing = IMPORT_COLUMNS.filter(
    (c) =>
      c.required &&
      c.key !== 'nip' &&
      (c.key.startsWith('education') ? !education : row.fields[c.key as keyof ImportFields] === undefined),
  );
  for (const c of missing)
    errors.push({
      row: row.row,
      column: header.names[c.key] ?? c.key,
      message: `${c.label} wajib diisi untuk pegawai baru`,
    });
  if (errors.length) return { input: null, errors };
  const parsed = createEmployeeSchema.safeParse({ ...rest, nip: row.nip, education: [education] });
  if (parsed.success) return { input: parsed.data, errors: [] };
  return {
    input: null,
    errors: parsed.error.issues.map((i) =>
      importErrorOf({ path: i.path.map(String).join('.'), message: i.message }, row.row, header),
    ),
  };
}

/**
 * The education list after an import: the file gives the highest education only, so an entry the
 * employee already has changes nothing, and otherwise it replaces the entries at its level.
 */
export function mergeEducation(existing: readonly EducationEntry[], entry: EducationEntry): EducationEntry[] {
  const same = (e: EducationEntry) =>
    e.level === entry.level &&
    norm(e.major) === norm(entry.major) &&
    norm(e.institution) === norm(entry.institution) &&
    e.graduationYear === entry.graduationYear;
  if (existing.some(same)) return [...existing];
  return [...existing.filter((e) => e.level !== entry.level), entry];
}

/** Fields an import does not change on an existing employee: those move through a mutasi. */
export const PLACEMENT_COLUMNS = ['agencyId', 'unitId', 'positionId'] as const;

export function placementErrors(
  row: ImportRow,
  before: { agencyId: string; unitId: string; positionId?: string },
  header: ImportHeader,
): ImportRowError[] {
  return PLACEMENT_COLUMNS.filter((k) => row.fields[k] !== undefined && row.fields[k] !== before[k]).map(
    (k) => ({
      row: row.row,
      column: header.names[k] ?? k,
      message: `${LABEL[k]} pegawai ini berbeda dengan data tersimpan; perpindahan dicatat melalui mutasi, bukan impor`,
    }),
  );
}

/** JSON with sorted keys: a map read back from DynamoDB need not keep the order it was written in. */
function canonical(v: unknown): string {
  return JSON.stringify(v ?? null, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
}

/** The fields whose values differ; an import row that changes none is `unchanged` and writes nothing. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
): string[] {
  return fields.filter((f) => canonical(before[f]) !== canonical(after[f]));
}
