import * as z from 'zod';
import { idSchema } from '../ids';
import { trainingTypeSchema } from '../personnel/training';
import {
  competencyCodeSchema,
  competencyLevelSchema,
  isoDateSchema,
  nameSchema,
  versionSchema,
} from './common';

/** Training (pengembangan kompetensi): the course, its enrolments and the yearly JP of each employee. */

export const trainingCompetencySchema = z.strictObject({
  code: competencyCodeSchema,
  level: competencyLevelSchema,
});

const optionalText = (max: number) => nameSchema(max).optional();

export const createTrainingSchema = z
  .strictObject({
    title: nameSchema(200),
    type: trainingTypeSchema,
    /** The levels a graduate (LULUS) reaches; an employee's level only ever rises. */
    competencies: z.array(trainingCompetencySchema).max(20).default([]),
    jp: z.int().min(1).max(500),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    capacity: z.int().min(1).max(10_000),
    organizer: optionalText(200),
    location: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'cannot be before startDate' });
    const seen = new Set<string>();
    v.competencies.forEach((c, i) => {
      if (seen.has(c.code))
        ctx.addIssue({ code: 'custom', path: ['competencies', i, 'code'], message: 'is listed twice' });
      seen.add(c.code);
    });
  });
export type CreateTrainingInput = z.infer<typeof createTrainingSchema>;

export const trainingSchema = z.object({
  id: idSchema,
  title: z.string(),
  type: trainingTypeSchema,
  competencies: z.array(z.object({ code: z.string(), level: z.int() })),
  jp: z.int(),
  startDate: z.string(),
  endDate: z.string(),
  capacity: z.int(),
  /** Seats taken; kept in the same transaction as every enrolment, never above capacity. */
  enrolled: z.int(),
  organizer: z.string().optional(),
  location: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Training = z.infer<typeof trainingSchema>;

/** Omitted employeeId: the caller enrols themself (their token's employeeId). */
export const enrollTrainingSchema = z.strictObject({ employeeId: idSchema.optional() });
export type EnrollTrainingInput = z.infer<typeof enrollTrainingSchema>;

export const TRAINING_RESULTS = ['LULUS', 'TIDAK_LULUS'] as const;
export const trainingResultSchema = z.enum(TRAINING_RESULTS);

export const completeTrainingSchema = z.strictObject({
  employeeId: idSchema,
  result: trainingResultSchema,
  score: z.number().min(0).max(100).optional(),
  /** JP credited; defaults to the training's JP (less when only part was attended). */
  jp: z.int().min(0).max(500).optional(),
});
export type CompleteTrainingInput = z.infer<typeof completeTrainingSchema>;

export const enrollmentSchema = z.object({
  trainingId: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  agencyId: idSchema,
  /** A copy of the training's facts, so an employee's list needs no second read. */
  training: z.object({
    title: z.string(),
    type: trainingTypeSchema,
    jp: z.int(),
    startDate: z.string(),
    endDate: z.string(),
  }),
  status: z.enum(['enrolled', 'completed']),
  enrolledAt: z.string(),
  result: trainingResultSchema.optional(),
  score: z.number().optional(),
  jp: z.int().optional(),
  completedAt: z.string().optional(),
  version: versionSchema,
});
export type Enrollment = z.infer<typeof enrollmentSchema>;

export const completionSchema = z.object({
  enrollment: enrollmentSchema,
  /** Competencies the employee's record gained (LULUS only; a level never goes down). */
  raised: z.array(z.object({ code: z.string(), from: z.int().nullable(), to: z.int() })),
});

export const yearSchema = z.coerce.number().int().min(2000).max(2100);

const pageQuery = {
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};

export const myTrainingQuerySchema = z.object({ year: yearSchema.optional(), ...pageQuery });

export const jpProgressSchema = z.object({
  total: z.number(),
  target: z.number(),
  remaining: z.number(),
  percent: z.int(),
  met: z.boolean(),
});

export const myTrainingSchema = z.object({
  employeeId: idSchema,
  year: z.int(),
  progress: jpProgressSchema,
  /** Enrolments in trainings that end in the year, by end date. */
  items: z.array(enrollmentSchema),
  nextCursor: z.string().nullable(),
});

export const shortfallQuerySchema = z.object({
  year: yearSchema.optional(),
  agencyId: idSchema.optional(),
  ...pageQuery,
});

export const shortfallRowSchema = z.object({
  employeeId: idSchema,
  name: z.string(),
  nip: z.string(),
  agencyId: idSchema,
  agencyName: z.string(),
  jp: z.number(),
  target: z.number(),
  remaining: z.number(),
  percent: z.int(),
});
export type ShortfallRow = z.infer<typeof shortfallRowSchema>;
