import * as z from 'zod';
import { idSchema } from '../ids';
import {
  competencyGroupSchema,
  educationLevelSchema,
  employmentTypeSchema,
  functionalLevelSchema,
  gradeSchema,
  positionTypeSchema,
  rankSchema,
} from '../personnel/vocabulary';
import {
  competencyCodeSchema,
  competencyLevelSchema,
  isoDateSchema,
  nameSchema,
  versionSchema,
} from './common';
import {
  competencyEntrySchema,
  educationEntrySchema,
  employeeStatusSchema,
  nipSchema,
  phoneSchema,
  uniqueCodes,
} from './employee-create';

/**
 * Personnel: employees, positions, competencies and history. One set of schemas for validation,
 * OpenAPI and the web client. A new employee (`createEmployeeSchema`, fields fixed by issue 3) is
 * in `./employee-create`.
 */

/** How a change is recorded in the history: a career event (promotion, mutasi) or a correction of a mistake. */
export const historyMetaSchema = z.strictObject({
  kind: z.enum(['career', 'correction']),
  /** TMT: the date the change takes effect. Required for career events; corrections default to today. */
  tmt: isoDateSchema.optional(),
  decreeNumber: z.string().trim().min(1).max(100).optional(),
  decreeDate: isoDateSchema.optional(),
  reason: z.string().trim().min(1).max(500).optional(),
});
export type HistoryMeta = z.infer<typeof historyMetaSchema>;

/**
 * A partial update. Position, unit and agency change through `recordPlacement` (a mutasi), which
 * keeps occupancy right; everything else changes here. Nullable fields clear the value.
 */
export const updateEmployeeSchema = z
  .strictObject({
    employmentType: employmentTypeSchema.optional(),
    nip: nipSchema.optional(),
    name: nameSchema(120).optional(),
    frontTitle: z.string().trim().max(40).nullable().optional(),
    backTitle: z.string().trim().max(60).nullable().optional(),
    gender: z.enum(['L', 'P']).optional(),
    birthPlace: nameSchema(100).optional(),
    birthDate: isoDateSchema.optional(),
    rank: rankSchema.nullable().optional(),
    grade: gradeSchema.nullable().optional(),
    tmtCpns: isoDateSchema.nullable().optional(),
    tmtRank: isoDateSchema.nullable().optional(),
    status: employeeStatusSchema.optional(),
    education: z.array(educationEntrySchema).min(1).max(10).optional(),
    competencies: z.array(competencyEntrySchema).max(30).optional(),
    email: z.email().max(200).nullable().optional(),
    phone: phoneSchema.nullable().optional(),
    history: historyMetaSchema.optional(),
    version: versionSchema,
  })
  .superRefine((v, ctx) => {
    uniqueCodes(v.competencies, ctx, 'competencies');
    if (v.history?.kind === 'career' && !v.history.tmt)
      ctx.addIssue({ code: 'custom', path: ['history', 'tmt'], message: 'is required for a career event' });
  });
export type UpdateEmployeeInput = z.infer<typeof updateEmployeeSchema>;

export const employeeSchema = z.object({
  id: idSchema,
  employmentType: employmentTypeSchema,
  /** In full for admins and the employee; masked (`1986***********001`) for others, with `nipMasked`. */
  nip: z.string(),
  nipMasked: z.boolean().optional(),
  name: z.string(),
  frontTitle: z.string().optional(),
  backTitle: z.string().optional(),
  gender: z.enum(['L', 'P']),
  birthPlace: z.string(),
  birthDate: z.string(),
  agencyId: idSchema,
  unitId: idSchema,
  rank: rankSchema.optional(),
  grade: gradeSchema.optional(),
  positionId: idSchema.optional(),
  tmtCpns: z.string().optional(),
  tmtRank: z.string().optional(),
  education: z.array(educationEntrySchema),
  competencies: z.array(competencyEntrySchema),
  email: z.string().optional(),
  phone: z.string().optional(),
  status: employeeStatusSchema,
  /** BUP from the position type (58 without a position) and the date retirement takes effect. */
  bup: z.int(),
  retirementDate: z.string(),
  /** Set for an employee hired through e-recruitment (hireApplicant): the application it came from. */
  recruitment: z
    .object({ applicationId: z.string(), roundId: z.string(), registrationNumber: z.string() })
    .optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Employee = z.infer<typeof employeeSchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  employeeId: idSchema,
  kind: z.enum(['career', 'correction', 'initial']),
  /** What the change was: `promotion`, `placement`, `status`, `correction`, `initial`. */
  event: z.string(),
  tmt: z.string(),
  decreeNumber: z.string().optional(),
  decreeDate: z.string().optional(),
  reason: z.string().optional(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  actor: z.object({ sub: z.string(), role: z.string() }),
  recordedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

// ---- positions and the competency catalogue ----

const positionFields = {
  name: nameSchema(200),
  type: positionTypeSchema,
  functionalLevel: functionalLevelSchema.optional(),
  positionClass: z.int().min(1).max(17),
  requiredEducation: z.strictObject({
    levels: z.array(educationLevelSchema).min(1).max(10),
    majors: z.array(nameSchema(120)).max(20).default([]),
  }),
  requiredCompetencies: z
    .array(z.strictObject({ code: competencyCodeSchema, minLevel: competencyLevelSchema }))
    .max(20)
    .default([]),
  seats: z.int().min(1).max(1000),
};

const functionalLevelRule = (
  v: { type?: string; functionalLevel?: string | null },
  ctx: z.RefinementCtx,
  partial = false,
) => {
  if (v.type === 'FUNGSIONAL' && !v.functionalLevel && !partial)
    ctx.addIssue({
      code: 'custom',
      path: ['functionalLevel'],
      message: 'is required for a fungsional position',
    });
  if (v.type && v.type !== 'FUNGSIONAL' && v.functionalLevel)
    ctx.addIssue({ code: 'custom', path: ['functionalLevel'], message: 'is only for fungsional positions' });
};

export const createPositionSchema = z
  .strictObject({ agencyId: idSchema, unitId: idSchema, ...positionFields })
  .superRefine((v, ctx) => {
    functionalLevelRule(v, ctx);
    uniqueCodes(
      v.requiredCompetencies.map((c) => ({ code: c.code })),
      ctx,
      'requiredCompetencies',
    );
  });
export type CreatePositionInput = z.infer<typeof createPositionSchema>;

export const updatePositionSchema = z
  .strictObject({
    name: positionFields.name.optional(),
    type: positionFields.type.optional(),
    functionalLevel: functionalLevelSchema.nullable().optional(),
    positionClass: positionFields.positionClass.optional(),
    requiredEducation: positionFields.requiredEducation.optional(),
    // unwrap(): the create default of [] would otherwise wipe the requirements on every patch that omits them.
    requiredCompetencies: positionFields.requiredCompetencies.unwrap().optional(),
    seats: positionFields.seats.optional(),
    version: versionSchema,
  })
  .superRefine((v, ctx) => {
    functionalLevelRule(v, ctx, true);
    uniqueCodes(v.requiredCompetencies, ctx, 'requiredCompetencies');
  });
export type UpdatePositionInput = z.infer<typeof updatePositionSchema>;

export const positionSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  unitId: idSchema,
  name: z.string(),
  type: positionTypeSchema,
  functionalLevel: functionalLevelSchema.optional(),
  positionClass: z.int(),
  requiredEducation: z.object({ levels: z.array(educationLevelSchema), majors: z.array(z.string()) }),
  requiredCompetencies: z.array(z.object({ code: z.string(), minLevel: z.int() })),
  seats: z.int(),
  /** Employees placed in the position; kept in the same transaction as every placement. */
  filled: z.int(),
  vacancies: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Position = z.infer<typeof positionSchema>;

export const createCompetencySchema = z
  .strictObject({
    code: competencyCodeSchema,
    name: nameSchema(200),
    group: competencyGroupSchema,
    /** One description per level 1-5, in order. */
    levels: z
      .array(z.strictObject({ level: competencyLevelSchema, description: nameSchema(500) }))
      .min(5)
      .max(5)
      .meta({
        example: [
          { level: 1, description: 'Memahami konsep dasar' },
          { level: 2, description: 'Menerapkan dengan bimbingan' },
          { level: 3, description: 'Menerapkan secara mandiri' },
          { level: 4, description: 'Membimbing orang lain' },
          { level: 5, description: 'Menjadi rujukan dan mengembangkan metode' },
        ],
      }),
  })
  .superRefine((v, ctx) => {
    v.levels.forEach((l, i) => {
      if (l.level !== i + 1)
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'level'], message: `must be ${i + 1}` });
    });
  });
export type CreateCompetencyInput = z.infer<typeof createCompetencySchema>;

export const competencySchema = z.object({
  code: z.string(),
  name: z.string(),
  group: competencyGroupSchema,
  levels: z.array(z.object({ level: z.int(), description: z.string() })),
  createdAt: z.string(),
  version: versionSchema,
});
export type Competency = z.infer<typeof competencySchema>;

// ---- placement (mutasi) ----

export const recordPlacementSchema = z.strictObject({
  agencyId: idSchema,
  unitId: idSchema,
  /** Omitted: the employee leaves their position (placed in the unit without one). */
  positionId: idSchema.optional(),
  tmt: isoDateSchema,
  decreeNumber: z.string().trim().min(1).max(100).optional(),
  decreeDate: isoDateSchema.optional(),
  reason: z.string().trim().min(1).max(500),
  /** Required when the employee is not among the position's top 5 candidates. */
  justification: z.string().trim().min(20).max(2000).optional(),
  kind: z.enum(['career', 'correction']).default('career'),
  version: versionSchema,
});
export type RecordPlacementInput = z.infer<typeof recordPlacementSchema>;

// ---- search ----

/** `CODE:level` pairs, comma separated: `TEK-ANALISIS-DATA:3,MAN-KEPEMIMPINAN:2`. */
export const competencyFilterSchema = z
  .string()
  .max(400)
  .transform((s, ctx) => {
    const out: { code: string; minLevel: number }[] = [];
    for (const part of s.split(',').filter((p) => p.trim())) {
      const m = /^\s*([A-Za-z][A-Za-z0-9-]{1,39})(?::([1-5]))?\s*$/.exec(part);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `"${part.trim()}" is not CODE or CODE:level (1-5)` });
        return z.NEVER;
      }
      out.push({ code: m[1]!.toUpperCase(), minLevel: m[2] ? Number(m[2]) : 1 });
    }
    if (out.length > 3) {
      ctx.addIssue({ code: 'custom', message: 'at most 3 competency filters' });
      return z.NEVER;
    }
    return out;
  });

export const searchEmployeesQuerySchema = z.object({
  competency: competencyFilterSchema.optional(),
  educationLevel: educationLevelSchema.optional(),
  major: z.string().trim().min(1).max(120).optional(),
  minRank: rankSchema.optional(),
  agencyId: idSchema.optional(),
  employmentType: employmentTypeSchema.optional(),
  namePrefix: z.string().trim().min(1).max(60).optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type SearchEmployeesQuery = z.infer<typeof searchEmployeesQuerySchema>;

export const searchHitSchema = z.object({
  id: idSchema,
  name: z.string(),
  nip: z.string(),
  nipMasked: z.boolean(),
  employmentType: employmentTypeSchema,
  agencyId: idSchema,
  agencyName: z.string(),
  unitId: idSchema,
  positionId: z.string().optional(),
  positionName: z.string().optional(),
  rank: z.string().optional(),
  grade: z.string().optional(),
  highestEducation: z.string().nullable(),
  matchedCompetencies: z.array(competencyEntrySchema),
  email: z.string().optional(),
  phone: z.string().optional(),
  contactMasked: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
