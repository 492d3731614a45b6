import * as z from 'zod';
import type { FieldError } from '../errors';
import { idSchema } from '../ids';
import { checkNiPppk, checkNip } from '../personnel/nip';
import { educationLevelSchema, employmentTypeSchema, gradeSchema, rankSchema } from '../personnel/vocabulary';
import { competencyCodeSchema, competencyLevelSchema, isoDateSchema, nameSchema } from './common';

/**
 * A new employee as issue 3 fixes its fields, with the rules across them, and the fields whose
 * changes the history records. A module of its own because hiring (the recruitment function) and
 * the import build employees too: they build these schemas at their cold start, not every
 * personnel schema (`./personnel` re-uses them for updates and reads).
 */

export const nipSchema = z.string().regex(/^\d{18}$/, 'must be 18 digits');

export const EMPLOYEE_STATUSES = ['AKTIF', 'CLTN', 'PENSIUN', 'BERHENTI'] as const;
export const employeeStatusSchema = z.enum(EMPLOYEE_STATUSES);

export const educationEntrySchema = z.strictObject({
  level: educationLevelSchema,
  major: nameSchema(120),
  institution: nameSchema(200),
  graduationYear: z.int().min(1940).max(2100),
});
export type EducationEntry = z.infer<typeof educationEntrySchema>;

export const competencyEntrySchema = z.strictObject({
  code: competencyCodeSchema,
  level: competencyLevelSchema,
});
export type CompetencyEntry = z.infer<typeof competencyEntrySchema>;

export const uniqueCodes = (list: { code: string }[] | undefined, ctx: z.RefinementCtx, at: string) => {
  const seen = new Set<string>();
  list?.forEach((c, i) => {
    if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: [at, i, 'code'], message: 'is listed twice' });
    seen.add(c.code);
  });
};

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9]{8,15}$/, 'must be 8-15 digits, optionally starting with +');

const employeeFields = {
  employmentType: employmentTypeSchema,
  nip: nipSchema,
  name: nameSchema(120),
  frontTitle: z.string().trim().max(40).optional(),
  backTitle: z.string().trim().max(60).optional(),
  gender: z.enum(['L', 'P']),
  birthPlace: nameSchema(100),
  birthDate: isoDateSchema,
  agencyId: idSchema,
  unitId: idSchema,
  rank: rankSchema.optional(),
  grade: gradeSchema.optional(),
  positionId: idSchema.optional(),
  tmtCpns: isoDateSchema.optional(),
  /** TMT of the current rank (PNS/CPNS); promotion eligibility counts from it, else from TMT CPNS. */
  tmtRank: isoDateSchema.optional(),
  education: z.array(educationEntrySchema).min(1).max(10),
  competencies: z.array(competencyEntrySchema).max(30).optional(),
  email: z.email().max(200).optional(),
  phone: phoneSchema.optional(),
};

/** The part of an employee the cross-field rules look at (a create body, or a stored record after a patch). */
export interface EmployeeRuleInput {
  employmentType: string;
  nip: string;
  gender: string;
  birthDate: string;
  rank?: string | null;
  grade?: string | null;
  tmtCpns?: string | null;
  tmtRank?: string | null;
}

/**
 * Rules across fields (issue 3 §1): rank only for PNS/CPNS, grade only for PPPK, and the NIP (or NI
 * PPPK) agreeing with the birth date, gender and TMT CPNS. Each problem names its field.
 */
export function employeeRuleErrors(e: EmployeeRuleInput): FieldError[] {
  const errors: FieldError[] = [];
  const pppk = e.employmentType === 'PPPK';
  if (pppk) {
    if (e.rank) errors.push({ path: 'rank', message: 'is only for PNS and CPNS; a PPPK has a grade' });
    if (!e.grade) errors.push({ path: 'grade', message: 'is required for PPPK' });
    for (const m of checkNiPppk(e.nip, e.birthDate)) errors.push({ path: 'nip', message: m });
  } else {
    if (e.grade) errors.push({ path: 'grade', message: 'is only for PPPK; a PNS or CPNS has a rank' });
    if (!e.rank) errors.push({ path: 'rank', message: `is required for ${e.employmentType}` });
    if (!e.tmtCpns) errors.push({ path: 'tmtCpns', message: `is required for ${e.employmentType}` });
    const gender = e.gender === 'L' || e.gender === 'P' ? e.gender : undefined;
    for (const m of checkNip(e.nip, { birthDate: e.birthDate, gender, tmtCpns: e.tmtCpns ?? undefined }))
      errors.push({ path: 'nip', message: m });
  }
  if (e.tmtCpns && e.tmtRank && e.tmtRank < e.tmtCpns)
    errors.push({ path: 'tmtRank', message: 'cannot be before tmtCpns' });
  if (e.tmtCpns && e.tmtCpns <= e.birthDate)
    errors.push({ path: 'tmtCpns', message: 'must be after birthDate' });
  return errors;
}

const addRuleIssues = (v: EmployeeRuleInput, ctx: z.RefinementCtx) => {
  for (const err of employeeRuleErrors(v))
    ctx.addIssue({ code: 'custom', path: err.path.split('.'), message: err.message });
};

export const createEmployeeSchema = z.strictObject(employeeFields).superRefine((v, ctx) => {
  addRuleIssues(v, ctx);
  uniqueCodes(v.competencies, ctx, 'competencies');
});
export type CreateEmployeeInput = z.infer<typeof createEmployeeSchema>;

export const HISTORY_FIELDS = [
  'employmentType',
  'status',
  'rank',
  'grade',
  'positionId',
  'unitId',
  'agencyId',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];
