import * as z from 'zod';
import {
  DEFAULT_DISTRIBUTION_TABLE,
  type DistributionTable,
  distributionTableIssues,
} from '../performance/distribution';
import { DEFAULT_MIN_RATERS, MIN_RATERS_FLOOR } from '../performance/feedback';
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../performance/follow-up';
import { DEFAULT_IKM_PREDIKAT_MAPPING, DEFAULT_IKM_TARGET } from '../performance/ikm-evaluation';
import { CADENCES, DEFAULT_PERIOD_SETTINGS } from '../performance/period';
import {
  DEFAULT_PREDIKAT_MATRIX,
  DEFAULT_UNIT_HEAD_HASIL_KERJA,
  matrixMonotonicityIssues,
  ORG_PREDIKATS,
  RATINGS,
} from '../performance/predikat';
import { PREDIKATS, predikatSchema } from '../personnel/placement';

/**
 * The tenant's performance settings (issue 14): the predikat matrix, the distribution table, the
 * cadence and the IKM mapping. A file of their own, apart from the SKP schemas in performance.ts,
 * because the personnel function reads these settings (annual predikats for placement and careers)
 * and would otherwise build every SKP schema at its cold start (issue 9).
 */

export const cadenceSchema = z.enum(CADENCES);
export const ratingSchema = z.enum(RATINGS);
export const orgPredikatSchema = z.enum(ORG_PREDIKATS);

// ---- tenant settings ----

const ratingRow = z.strictObject({ above: predikatSchema, meets: predikatSchema, below: predikatSchema });
export const predikatMatrixSchema = z
  .strictObject({ above: ratingRow, meets: ratingRow, below: ratingRow })
  .superRefine((m, ctx) => {
    for (const cell of matrixMonotonicityIssues(m))
      ctx.addIssue({
        code: 'custom',
        path: cell.split('.'),
        message: 'gives a worse predikat than the cell one rating lower',
      });
  });

const predikatListSchema = z
  .array(predikatSchema)
  .min(1)
  .max(PREDIKATS.length)
  .refine((a) => new Set(a).size === a.length, 'lists a predikat twice');
const percentSchema = z.int().min(0).max(100);
export const distributionRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('max'), predikats: predikatListSchema, percent: percentSchema }),
  z.strictObject({ kind: z.literal('min'), predikats: predikatListSchema, percent: percentSchema }),
  z.strictObject({ kind: z.literal('some'), predikats: predikatListSchema }),
]);
const rulesSchema = z.array(distributionRuleSchema).max(10);
export const distributionTableSchema = z
  .strictObject({
    ISTIMEWA: rulesSchema,
    BAIK: rulesSchema,
    BUTUH_PERBAIKAN: rulesSchema,
    KURANG: rulesSchema,
    SANGAT_KURANG: rulesSchema,
  })
  .superRefine((t, ctx) => {
    for (const e of distributionTableIssues(t as DistributionTable))
      ctx.addIssue({ code: 'custom', path: e.path.split('.'), message: e.message });
  });

export const unitHeadMappingSchema = z.strictObject({
  ISTIMEWA: ratingSchema,
  BAIK: ratingSchema,
  BUTUH_PERBAIKAN: ratingSchema,
  KURANG: ratingSchema,
  SANGAT_KURANG: ratingSchema,
});

export const ikmPredikatMappingSchema = z.strictObject({
  A: orgPredikatSchema,
  B: orgPredikatSchema,
  C: orgPredikatSchema,
  D: orgPredikatSchema,
});

const settingsFields = {
  yearStartMonth: z.int().min(1).max(12),
  cadence: cadenceSchema,
  matrix: predikatMatrixSchema,
  distribution: distributionTableSchema,
  unitHeadHasilKerja: unitHeadMappingSchema,
  ikmPredikat: ikmPredikatMappingSchema,
  /** The target of a service unit head's automatic item "IKM unit ≥ target" (25-100). */
  ikmTarget: z.number().min(25).max(100),
  /** Raters a 360 group needs before it is shown; never below 3 (see performance/feedback.ts). */
  minRaters: z.int().min(MIN_RATERS_FLOOR).max(20),
  talentPoolYears: z.int().min(1).max(5),
  persistYears: z.int().min(1).max(5),
};

export const performanceSettingsSchema = z.object({
  ...settingsFields,
  /** 0: never saved, these are the defaults. */
  version: z.int().min(0),
  updatedAt: z.string().nullable(),
});
export type PerformanceSettings = z.infer<typeof performanceSettingsSchema>;

/** The settings a tenant starts with: the regulation's values where there are any (see the rules). */
export const DEFAULT_PERFORMANCE_SETTINGS: PerformanceSettings = {
  yearStartMonth: DEFAULT_PERIOD_SETTINGS.yearStartMonth,
  cadence: DEFAULT_PERIOD_SETTINGS.cadence,
  matrix: JSON.parse(JSON.stringify(DEFAULT_PREDIKAT_MATRIX)) as PerformanceSettings['matrix'],
  distribution: JSON.parse(JSON.stringify(DEFAULT_DISTRIBUTION_TABLE)) as PerformanceSettings['distribution'],
  unitHeadHasilKerja: { ...DEFAULT_UNIT_HEAD_HASIL_KERJA },
  ikmPredikat: { ...DEFAULT_IKM_PREDIKAT_MAPPING },
  ikmTarget: DEFAULT_IKM_TARGET,
  minRaters: DEFAULT_MIN_RATERS,
  talentPoolYears: DEFAULT_FOLLOW_UP_SETTINGS.talentPoolYears,
  persistYears: DEFAULT_FOLLOW_UP_SETTINGS.persistYears,
  version: 0,
  updatedAt: null,
};

/** Any subset of the settings; `version` is the one read (0 for the defaults). */
export const updatePerformanceSettingsSchema = z
  .strictObject({
    yearStartMonth: settingsFields.yearStartMonth.optional(),
    cadence: settingsFields.cadence.optional(),
    matrix: settingsFields.matrix.optional(),
    distribution: settingsFields.distribution.optional(),
    unitHeadHasilKerja: settingsFields.unitHeadHasilKerja.optional(),
    ikmPredikat: settingsFields.ikmPredikat.optional(),
    ikmTarget: settingsFields.ikmTarget.optional(),
    minRaters: settingsFields.minRaters.optional(),
    talentPoolYears: settingsFields.talentPoolYears.optional(),
    persistYears: settingsFields.persistYears.optional(),
    version: z.int().min(0),
  })
  .refine((v) => Object.keys(v).length > 1, 'changes nothing');
export type UpdatePerformanceSettingsInput = z.infer<typeof updatePerformanceSettingsSchema>;
