import * as z from 'zod';

/**
 * The fixed vocabularies of personnel records (ASN-RULES §2). Order matters: the index of a rank,
 * grade or education level is what "at least" comparisons use.
 */

export const EMPLOYMENT_TYPES = ['PNS', 'CPNS', 'PPPK'] as const;
export const employmentTypeSchema = z.enum(EMPLOYMENT_TYPES);
export type EmploymentType = z.infer<typeof employmentTypeSchema>;

/** PNS golongan/ruang with their pangkat, lowest first. */
export const PNS_RANKS = [
  { code: 'I/a', name: 'Juru Muda' },
  { code: 'I/b', name: 'Juru Muda Tingkat I' },
  { code: 'I/c', name: 'Juru' },
  { code: 'I/d', name: 'Juru Tingkat I' },
  { code: 'II/a', name: 'Pengatur Muda' },
  { code: 'II/b', name: 'Pengatur Muda Tingkat I' },
  { code: 'II/c', name: 'Pengatur' },
  { code: 'II/d', name: 'Pengatur Tingkat I' },
  { code: 'III/a', name: 'Penata Muda' },
  { code: 'III/b', name: 'Penata Muda Tingkat I' },
  { code: 'III/c', name: 'Penata' },
  { code: 'III/d', name: 'Penata Tingkat I' },
  { code: 'IV/a', name: 'Pembina' },
  { code: 'IV/b', name: 'Pembina Tingkat I' },
  { code: 'IV/c', name: 'Pembina Utama Muda' },
  { code: 'IV/d', name: 'Pembina Utama Madya' },
  { code: 'IV/e', name: 'Pembina Utama' },
] as const;
export const RANK_CODES = PNS_RANKS.map((r) => r.code) as [
  (typeof PNS_RANKS)[number]['code'],
  ...(typeof PNS_RANKS)[number]['code'][],
];
export const rankSchema = z.enum(RANK_CODES);
export type Rank = z.infer<typeof rankSchema>;

/** PPPK grades I-XVII (PermenPANRB 72/2020). */
export const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;
export const gradeSchema = z.enum(PPPK_GRADES);
export type Grade = z.infer<typeof gradeSchema>;

export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export const educationLevelSchema = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof educationLevelSchema>;

/**
 * Position types (UU 5/2014 art. 18). Fungsional positions also carry a functional level, on the
 * expert (ahli) or the skilled (keterampilan) track.
 */
export const POSITION_TYPES = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export const positionTypeSchema = z.enum(POSITION_TYPES);
export type PositionType = z.infer<typeof positionTypeSchema>;

export const FUNCTIONAL_LEVELS = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
export const functionalLevelSchema = z.enum(FUNCTIONAL_LEVELS);
export type FunctionalLevel = z.infer<typeof functionalLevelSchema>;

export const COMPETENCY_GROUPS = ['teknis', 'manajerial', 'sosial-kultural'] as const;
export const competencyGroupSchema = z.enum(COMPETENCY_GROUPS);
export type CompetencyGroup = z.infer<typeof competencyGroupSchema>;

/** 1-based order of a rank (I/a = 1 … IV/e = 17). */
export const rankOrder = (rank: Rank): number => RANK_CODES.indexOf(rank) + 1;
/** 1-based order of a PPPK grade (I = 1 … XVII = 17). */
export const gradeOrder = (grade: Grade): number => PPPK_GRADES.indexOf(grade) + 1;
/** 1-based order of an education level (SD = 1 … S3 = 10). */
export const educationOrder = (level: EducationLevel): number => EDUCATION_LEVELS.indexOf(level) + 1;
export const rankName = (rank: Rank): string => PNS_RANKS.find((r) => r.code === rank)!.name;

/** The highest education level of a list of education entries, or null for none. */
export function highestEducation(entries: readonly { level: EducationLevel }[]): EducationLevel | null {
  let best: EducationLevel | null = null;
  for (const e of entries) if (!best || educationOrder(e.level) > educationOrder(best)) best = e.level;
  return best;
}

/** Normalises a major for comparison: lower case, single spaces ("Teknik  Informatika" = "teknik informatika"). */
export const normalizeMajor = (major: string): string => major.trim().toLowerCase().replace(/\s+/g, ' ');
