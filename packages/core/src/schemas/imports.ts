import * as z from 'zod';
import { idSchema } from '../ids';
import { versionSchema } from './common';

/**
 * Employee import jobs (issue 3 §8). A job is created with an upload URL, the file is PUT there,
 * `start` hands it to the worker, and the page polls the job for progress and the row errors.
 */

export const IMPORT_FORMATS = ['xlsx', 'csv'] as const;
export const importFormatSchema = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/**
 * `pending`: waiting for the file; `uploaded`: started, queued for the worker; `running`; `done`;
 * `failed` (the file could not be read, or the worker stopped on an error); `interrupted`: queued or
 * running, but its worker's lease lapsed (the process died; never stored, computed when read, see
 * import-lease.ts). Starting a failed or interrupted job again continues it safely.
 */
export const IMPORT_STATUSES = ['pending', 'uploaded', 'running', 'done', 'failed', 'interrupted'] as const;
export const importStatusSchema = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/** At most this many row errors are kept on the job; `errorCount` counts them all. */
export const MAX_IMPORT_ERRORS = 1000;
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const importRowErrorSchema = z.object({
  /** Sheet row: the header is row 1, the first employee row 2. */
  row: z.int(),
  /** The column's header as written in the file. */
  column: z.string(),
  /** In Bahasa Indonesia: the file is made and fixed by BKD staff. */
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const createImportSchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, 'must be a file name without folders')
    .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters'),
  format: importFormatSchema,
});
export type CreateImportInput = z.infer<typeof createImportSchema>;

export const importTemplateQuerySchema = z.object({ format: importFormatSchema.default('xlsx') });

export const importJobSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  format: importFormatSchema,
  status: importStatusSchema,
  /** Employee rows in the file (known once the worker has read it). */
  total: z.int(),
  /**
   * created + updated + unchanged + invalid. `created` and `updated` are counted in the transactions
   * that write those rows, so after a crash they never disagree with what was written; a continued
   * job keeps them, and its re-read of the rows already written does not count them again.
   */
  processed: z.int(),
  created: z.int(),
  /** The contract's name for `created`: employees new to the tenant. */
  imported: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  /** Rows skipped for invalid data. */
  invalid: z.int(),
  errors: z.array(importRowErrorSchema),
  /** Every error found, including those beyond the first MAX_IMPORT_ERRORS kept in `errors`. */
  errorCount: z.int(),
  /** Why the whole job failed (an unreadable file, a missing column), in Bahasa Indonesia. */
  failure: z.string().optional(),
  /** Set for an agency admin's job: only that agency's employees are imported, only they see it. */
  agencyId: idSchema.nullable(),
  createdBy: z.object({ sub: z.string(), role: z.string() }),
  createdAt: z.string(),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const uploadTargetSchema = z.object({
  /** Where to PUT the file: a presigned S3 URL in AWS, a signed local route (same origin) locally. */
  url: z.string(),
  method: z.literal('PUT'),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});
export type UploadTarget = z.infer<typeof uploadTargetSchema>;

export const createImportResultSchema = z.object({ job: importJobSchema, upload: uploadTargetSchema });

export const listImportJobsQuerySchema = z.object({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/**
 * The import sheet's columns: the createEmployee fields, with the highest education spread over
 * four columns and competencies as `CODE:level;CODE:level`. `label` is the Indonesian header the
 * template writes; the import also accepts `key` (the English field name older templates wrote)
 * and the IMPORT_COLUMN_ALIASES. `hint` goes into the template's "Petunjuk" sheet.
 */
export const IMPORT_COLUMNS = [
  {
    key: 'nip',
    label: 'NIP',
    required: true,
    hint: 'NIP 18 digit (NI PPPK untuk PPPK), tanpa spasi. Kunci pegawai: NIP yang sudah ada memperbarui pegawai itu. Format sel Teks, bukan Angka.',
    example: '198503122010011001',
  },
  {
    key: 'employmentType',
    label: 'Jenis Pegawai',
    required: true,
    hint: 'PNS, CPNS atau PPPK.',
    example: 'PNS',
  },
  {
    key: 'name',
    label: 'Nama Lengkap',
    required: true,
    hint: 'Nama lengkap tanpa gelar, paling banyak 120 karakter.',
    example: 'Budi Santoso',
  },
  {
    key: 'frontTitle',
    label: 'Gelar Depan',
    required: false,
    hint: 'Gelar di depan nama, misalnya Dr. atau Ir.',
    example: '',
  },
  {
    key: 'backTitle',
    label: 'Gelar Belakang',
    required: false,
    hint: 'Gelar di belakang nama, misalnya S.Kom., M.Si.',
    example: 'S.Kom.',
  },
  {
    key: 'gender',
    label: 'Jenis Kelamin',
    required: true,
    hint: 'L (laki-laki) atau P (perempuan); harus sesuai digit 15 NIP.',
    example: 'L',
  },
  {
    key: 'birthPlace',
    label: 'Tempat Lahir',
    required: true,
    hint: 'Kota atau kabupaten tempat lahir.',
    example: 'Bandar Lampung',
  },
  {
    key: 'birthDate',
    label: 'Tanggal Lahir',
    required: true,
    hint: 'Tanggal YYYY-MM-DD atau DD-MM-YYYY; harus sesuai digit 1-8 NIP.',
    example: '1985-03-12',
  },
  {
    key: 'agencyId',
    label: 'Instansi/OPD',
    required: true,
    hint: 'Nama instansi/perangkat daerah (OPD) persis seperti di lembar "Perangkat Daerah", kodenya, atau ID-nya.',
    example: '',
  },
  {
    key: 'unitId',
    label: 'Unit Kerja',
    required: true,
    hint: 'Nama unit kerja di perangkat daerah itu (lihat lembar "Perangkat Daerah"), atau ID-nya bila ada dua unit bernama sama.',
    example: '',
  },
  {
    key: 'rank',
    label: 'Golongan',
    required: false,
    hint: 'Golongan/ruang PNS dan CPNS, misalnya III/a. Kosongkan untuk PPPK.',
    example: 'III/b',
  },
  {
    key: 'grade',
    label: 'Grade PPPK',
    required: false,
    hint: 'Grade PPPK I sampai XVII. Kosongkan untuk PNS dan CPNS.',
    example: '',
  },
  {
    key: 'positionId',
    label: 'Jabatan',
    required: false,
    hint: 'Nama jabatan di unit kerja itu (seperti di daftar jabatan aplikasi), atau ID-nya (26 karakter), bila pegawai sudah menduduki jabatan; harus masih ada formasi kosong.',
    example: '',
  },
  {
    key: 'tmtCpns',
    label: 'TMT CPNS',
    required: false,
    hint: 'Wajib untuk PNS dan CPNS; tahun dan bulannya harus sesuai digit 9-14 NIP.',
    example: '2010-01-01',
  },
  {
    key: 'tmtRank',
    label: 'TMT Golongan',
    required: false,
    hint: 'TMT golongan terakhir; tidak boleh sebelum TMT CPNS.',
    example: '2014-04-01',
  },
  {
    key: 'educationLevel',
    label: 'Jenjang Pendidikan',
    required: true,
    hint: 'Pendidikan tertinggi: SD, SMP, SMA, D1, D2, D3, D4, S1, S2 atau S3.',
    example: 'S1',
  },
  {
    key: 'educationMajor',
    label: 'Jurusan',
    required: true,
    hint: 'Jurusan atau program studi pendidikan tertinggi.',
    example: 'Teknik Informatika',
  },
  {
    key: 'educationInstitution',
    label: 'Institusi Pendidikan',
    required: true,
    hint: 'Nama sekolah atau perguruan tinggi.',
    example: 'Universitas Lampung',
  },
  {
    key: 'educationYear',
    label: 'Tahun Lulus',
    required: true,
    hint: 'Tahun lulus, 4 digit.',
    example: '2008',
  },
  {
    key: 'competencies',
    label: 'Kompetensi',
    required: false,
    hint: 'Kode kompetensi dan levelnya (1-5), dipisah titik koma: TEK-ANALISIS-DATA:3;MAN-KEPEMIMPINAN:2.',
    example: 'TEK-ANALISIS-DATA:3',
  },
  {
    key: 'email',
    label: 'Email',
    required: false,
    hint: 'Alamat email kantor.',
    example: 'budi@example.go.id',
  },
  {
    key: 'phone',
    label: 'Telepon',
    required: false,
    hint: '8-15 digit, boleh diawali +.',
    example: '081234567890',
  },
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/**
 * Other headers the import reads as a column, besides its label and key: the labels of earlier
 * templates (Nama, Perangkat Daerah, Unit, ID Jabatan) and common variants. Case, spacing and the
 * spaces around a `/` do not matter.
 */
export const IMPORT_COLUMN_ALIASES: Readonly<Partial<Record<ImportColumnKey, readonly string[]>>> = {
  name: ['Nama'],
  agencyId: ['Perangkat Daerah', 'OPD', 'Instansi'],
  unitId: ['Unit'],
  positionId: ['ID Jabatan', 'Nama Jabatan'],
  rank: ['Golongan/Ruang'],
  phone: ['Nomor Telepon'],
};
