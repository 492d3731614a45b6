/**
 * Field errors of the personnel forms. The server (and the shared schema in the browser) explain
 * NIP and cross-field problems in English sentences; the general dictionary only knows a generic
 * "invalid", so these pages turn the sentences they know into Indonesian and keep the rest verbatim
 * in English.
 */
import type * as z from 'zod';
import { ApiError } from '../../api/client';
import { type Dictionary, fieldMessage, type Lang, LOCAL_VALIDATION_STATUS } from '../../i18n';
import { type Validated, validate } from '../../lib/validate';

type Rule = [RegExp, (m: RegExpExecArray) => string];

const GENDER_ID: Record<string, string> = { L: 'laki-laki', P: 'perempuan' };

const RULES_ID: Rule[] = [
  [/^must be 18 digits/, () => 'Harus 18 digit angka.'],
  [
    /digits 1-8 \(birth date\) (\d+) are not a real date/,
    (m) => `Digit 1–8 (tanggal lahir) ${m[1]} bukan tanggal yang valid.`,
  ],
  [
    /digits 1-8 \(birth date\) are (\d+) but birthDate is (\S+)/,
    (m) => `Digit 1–8 (tanggal lahir) ${m[1]} tidak sesuai dengan tanggal lahir ${m[2]}.`,
  ],
  [/digits 13-14 \(TMT CPNS month\) are (\d+)/, (m) => `Digit 13–14 (bulan TMT CPNS) ${m[1]} harus 01–12.`],
  [
    /digits 9-14 \(TMT CPNS\) (\d+) are less than (\d+) years/,
    (m) => `Digit 9–14 (TMT CPNS) ${m[1]} kurang dari ${m[2]} tahun setelah tanggal lahir.`,
  ],
  [
    /digits 9-14 \(TMT CPNS\) (\d+) are in the future/,
    (m) => `Digit 9–14 (TMT CPNS) ${m[1]} ada di masa depan.`,
  ],
  [
    /digits 9-14 \(TMT CPNS\) are (\d+) but tmtCpns is (\S+)/,
    (m) => `Digit 9–14 (TMT CPNS) ${m[1]} tidak sesuai dengan TMT CPNS ${m[2]}.`,
  ],
  [
    /digit 15 \(gender\) is (\d) but gender is ([LP])/,
    (m) =>
      `Digit ke-15 (jenis kelamin) adalah ${m[1]}, padahal jenis kelamin ${GENDER_ID[m[2]!]}: 1 untuk laki-laki, 2 untuk perempuan.`,
  ],
  [/digit 15 \(gender\) is (\d)/, (m) => `Digit ke-15 (jenis kelamin) adalah ${m[1]}; harus 1 atau 2.`],
  [/digits 16-18 \(sequence\)/, () => 'Digit 16–18 (nomor urut) harus 001–999.'],
  [/is only for PNS and CPNS/, () => 'Hanya untuk PNS dan CPNS; PPPK memakai golongan PPPK.'],
  [/is only for PPPK/, () => 'Hanya untuk PPPK; PNS dan CPNS memakai pangkat.'],
  [/is required for a career event/, () => 'Wajib untuk peristiwa karier.'],
  [/is required for (PNS|CPNS|PPPK)/, (m) => `Wajib untuk ${m[1]}.`],
  [/cannot be before tmtCpns/, () => 'Tidak boleh sebelum TMT CPNS.'],
  [/must be after birthDate/, () => 'Harus sesudah tanggal lahir.'],
  [/is listed twice/, () => 'Tercantum dua kali.'],
  [/already (exists|registered|in use|taken)|is taken/, () => 'Sudah terdaftar untuk pegawai lain.'],
  [/must propose at least one change/, () => 'Isi minimal satu data yang ingin diperbaiki.'],
];

/** A server or schema sentence we know, in the reader's language (English stays the server's). */
export function translateRule(message: string, lang: Lang): string | null {
  for (const [re, text] of RULES_ID) {
    const m = re.exec(message);
    if (m) return lang === 'en' ? message[0]!.toUpperCase() + message.slice(1) : text(m);
  }
  return null;
}

/** The form's error messages by field path: the known rules translated, the rest as elsewhere. */
export function personnelFields(t: Dictionary, lang: Lang, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields: Record<string, string> = {};
  for (const e of error.errors) {
    if (fields[e.path]) continue;
    const local = error.status === LOCAL_VALIDATION_STATUS;
    fields[e.path] = translateRule(e.message, lang) ?? (local ? e.message : fieldMessage(t, e));
  }
  return fields;
}

/**
 * The shared schema's check, as ../../lib/validate does it, but keeping the rule sentences of the
 * cross-field checks (NIP against birth date and gender) so they can be translated like the
 * server's, instead of the generic "invalid".
 */
export function check<S extends z.ZodType>(schema: S, input: unknown, t: Dictionary): Validated<z.output<S>> {
  const checked = validate(schema, input, t);
  if (checked.ok) return checked;
  const parsed = schema.safeParse(input);
  const rules = new Map<string, string>();
  for (const issue of parsed.error?.issues ?? [])
    if (issue.code === 'custom') rules.set(issue.path.map(String).join('.') || '(root)', issue.message);
  const errors = checked.error.errors.map((e) => ({ path: e.path, message: rules.get(e.path) ?? e.message }));
  return {
    ok: false,
    error: new ApiError(LOCAL_VALIDATION_STATUS, 'validation', 'Invalid input', undefined, errors),
  };
}
