import * as z from 'zod';
import { idSchema } from '../ids';
import { ELEMENT_CODES } from '../survey/ikm';
import { PERIOD_PATTERN, parsePeriod } from '../survey/period';
import { monthSchema, nameSchema, versionSchema } from './common';

/**
 * Surveys (SKM) and the IKM: the one set of schemas for validation, OpenAPI and the web client.
 * The nine element codes U1-U9 never change (ASN-RULES §3).
 */
export const RESPONDENT_EDUCATION = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'] as const;
export const RESPONDENT_OCCUPATION = ['PNS', 'TNI', 'POLRI', 'Swasta', 'Wirausaha', 'Lainnya'] as const;
export const AGE_BANDS = ['15-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export const VERIFICATION_MODES = ['off', 'optional', 'required'] as const;
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export const GRADE_LABELS = ['Sangat Baik', 'Baik', 'Kurang Baik', 'Tidak Baik'] as const;
export const SUGGESTION_STATUSES = ['pending', 'visible', 'hidden'] as const;
export const MAX_SUGGESTION_LENGTH = 2000;
export const MAX_SERVICE_CODES_PER_BATCH = 90;

export const elementCodeSchema = z.enum(ELEMENT_CODES);
export const periodSchema = z
  .string()
  .regex(PERIOD_PATTERN, 'must be YYYY, YYYY-S1/S2, YYYY-Q1..Q4 or YYYY-MM')
  .refine((p) => parsePeriod(p) !== null, 'must be a year from 2000 to 2999');
export const serviceTypeSchema = nameSchema(120);
/** Service codes are 8 characters of Crockford base32, shown as XXXX-XXXX; dashes and case are ignored. */
export const serviceCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{8}$/, 'is not a valid service code'));

// ---- tenant settings ----

export const extraQuestionSchema = z.strictObject({
  /** Stable key used in `extra` of a response: 2-32 lowercase letters, digits, dashes. */
  id: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be 2-32 lowercase letters, digits or dashes'),
  text: z.strictObject({ id: nameSchema(300), en: nameSchema(300) }),
  kind: z.enum(['text', 'choice']),
  /** For `choice`: the options, as shown. */
  options: z.array(nameSchema(120)).min(2).max(10).optional(),
});
export type ExtraQuestion = z.infer<typeof extraQuestionSchema>;

const extraQuestionsSchema = z
  .array(extraQuestionSchema)
  .max(10)
  .superRefine((qs, ctx) => {
    const seen = new Set<string>();
    qs.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'is used twice' });
      seen.add(q.id);
      if (q.kind === 'choice' && !q.options)
        ctx.addIssue({ code: 'custom', path: [i, 'options'], message: 'is required for a choice question' });
      if (q.kind === 'text' && q.options)
        ctx.addIssue({ code: 'custom', path: [i, 'options'], message: 'is only for a choice question' });
    });
  });

const elementOrderSchema = z
  .array(elementCodeSchema)
  .length(9)
  .refine((a) => new Set(a).size === 9, 'must list each of U1-U9 once');

export const surveySettingsSchema = z.object({
  elementOrder: z.array(elementCodeSchema),
  extraQuestions: z.array(extraQuestionSchema),
  /** Responses allowed per source IP per unit per hour. */
  rateLimitPerHour: z.int(),
  version: z.int().min(0),
  updatedAt: z.string().nullable(),
});
export type SurveySettings = z.infer<typeof surveySettingsSchema>;

/** `version` 0 means "never saved" (the defaults). */
export const updateSurveySettingsSchema = z.strictObject({
  elementOrder: elementOrderSchema.optional(),
  extraQuestions: extraQuestionsSchema.optional(),
  rateLimitPerHour: z.int().min(1).max(100_000).optional(),
  version: z.int().min(0),
});

// ---- survey units ----

export const surveyUnitSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  agencyName: z.string(),
  /**
   * The unit of the agency's org structure that serves this survey's citizens (issue 14 §5): its
   * IKM then feeds that unit's organisation rating and its head's SKP. Null: the agency as a whole.
   */
  orgUnitId: idSchema.nullable(),
  orgUnitName: z.string().nullable(),
  name: z.string(),
  serviceTypes: z.array(z.string()),
  status: z.enum(['active', 'closed']),
  publishResults: z.boolean(),
  verification: z.enum(VERIFICATION_MODES),
  /** Short code of the public short URL `/s/{tenant}/{shortCode}`. */
  shortCode: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type SurveyUnit = z.infer<typeof surveyUnitSchema>;

const serviceTypesSchema = z
  .array(serviceTypeSchema)
  .max(30)
  .refine((a) => new Set(a.map((s) => s.toLowerCase())).size === a.length, 'must not repeat a service type');

const orgUnitLinkSchema = idSchema
  .nullable()
  .describe("A unit of the survey unit's agency that serves its citizens; null links the agency as a whole");

export const createSurveyUnitSchema = z.strictObject({
  agencyId: idSchema,
  orgUnitId: orgUnitLinkSchema.default(null),
  name: nameSchema(),
  serviceTypes: serviceTypesSchema.default([]),
  publishResults: z.boolean().default(true),
  verification: z.enum(VERIFICATION_MODES).default('off'),
});
export const updateSurveyUnitSchema = z.strictObject({
  orgUnitId: orgUnitLinkSchema.optional(),
  name: nameSchema().optional(),
  serviceTypes: serviceTypesSchema.optional(),
  status: z.enum(['active', 'closed']).optional(),
  publishResults: z.boolean().optional(),
  verification: z.enum(VERIFICATION_MODES).optional(),
  version: versionSchema,
});
export const listSurveyUnitsQuerySchema = z.object({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  agencyId: idSchema.optional(),
});

/** Population (number of service users) of a unit in a period, for the sample-size check. */
export const setSurveyPopulationSchema = z.strictObject({
  population: z.int().min(0).max(100_000_000),
});
export const surveyPopulationSchema = z.object({
  unitId: idSchema,
  period: z.string(),
  population: z.int(),
  minimumSample: z.int(),
  updatedAt: z.string(),
});

// ---- service codes ----

export const issueServiceCodesSchema = z.strictObject({
  count: z.int().min(1).max(MAX_SERVICE_CODES_PER_BATCH),
  validDays: z.int().min(1).max(366).default(30),
});
export const serviceCodeBatchSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  count: z.int(),
  used: z.int(),
  expiresAt: z.string(),
  createdAt: z.string(),
  /** Formatted `XXXX-XXXX`, for printing. */
  codes: z.array(z.string()),
});
export type ServiceCodeBatch = z.infer<typeof serviceCodeBatchSchema>;

// ---- the public survey ----

export const publicSurveyUnitSchema = z.object({
  id: idSchema,
  name: z.string(),
  agencyName: z.string(),
  serviceTypes: z.array(z.string()),
});

export const surveyFormSchema = z.object({
  tenant: z.object({ slug: z.string(), name: z.string() }),
  unit: publicSurveyUnitSchema.extend({ verification: z.enum(VERIFICATION_MODES) }),
  elements: z.array(
    z.object({
      code: elementCodeSchema,
      name: z.object({ id: z.string(), en: z.string() }),
      question: z.object({ id: z.string(), en: z.string() }),
      labels: z.object({ id: z.array(z.string()), en: z.array(z.string()) }),
    }),
  ),
  respondentFields: z.object({
    gender: z.array(z.string()),
    ageMin: z.int(),
    ageMax: z.int(),
    education: z.array(z.string()),
    occupation: z.array(z.string()),
  }),
  extraQuestions: z.array(extraQuestionSchema),
});
export type SurveyForm = z.infer<typeof surveyFormSchema>;

const answerSchema = z.number().int('must be a whole number from 1 to 4').min(1).max(4);

export const submitSurveyResponseSchema = z.strictObject({
  answers: z.strictObject(
    Object.fromEntries(ELEMENT_CODES.map((c) => [c, answerSchema])) as Record<
      (typeof ELEMENT_CODES)[number],
      typeof answerSchema
    >,
  ),
  respondent: z.strictObject({
    gender: z.enum(['L', 'P']),
    age: z.int().min(15).max(100),
    education: z.enum(RESPONDENT_EDUCATION),
    occupation: z.enum(RESPONDENT_OCCUPATION),
  }),
  serviceType: serviceTypeSchema.optional(),
  suggestion: z.string().trim().max(MAX_SUGGESTION_LENGTH).optional(),
  /** Answers to the tenant's extra questions, by question id: text (≤ 500) or a chosen option. */
  extra: z.record(z.string().max(32), z.string().trim().max(500)).optional(),
  serviceCode: serviceCodeSchema.optional(),
});
export type SubmitSurveyResponseInput = z.infer<typeof submitSurveyResponseSchema>;

// ---- IKM, reports ----

export const ikmQuerySchema = z.object({
  period: periodSchema,
  /** `true`: only responses that carried a valid service code. */
  verifiedOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const ikmSchema = z.object({
  period: z.string(),
  respondents: z.int(),
  elements: z.record(elementCodeSchema, z.object({ nrr: z.number().nullable(), respondents: z.int() })),
  ikm: z.number().nullable(),
  grade: z.enum(GRADES).nullable(),
  label: z.enum(GRADE_LABELS).nullable(),
});
export const unitIkmSchema = ikmSchema.extend({ unitId: idSchema });
export const agencyIkmSchema = ikmSchema.extend({ agencyId: idSchema });
export type Ikm = z.infer<typeof ikmSchema>;

const countsSchema = z.record(z.string(), z.int());
export const demographicsSchema = z.object({
  gender: countsSchema,
  ageBand: countsSchema,
  education: countsSchema,
  occupation: countsSchema,
  serviceType: countsSchema,
});

export const surveyUnitReportSchema = z.object({
  unit: surveyUnitSchema,
  ikm: unitIkmSchema,
  /** The three weakest elements, lowest NRR first. */
  weakest: z.array(elementCodeSchema),
  sample: z.object({
    population: z.int().nullable(),
    minimum: z.int().nullable(),
    respondents: z.int(),
    sufficient: z.boolean().nullable(),
  }),
  demographics: demographicsSchema,
  verifiedRespondents: z.int(),
});

export const trendQuerySchema = z.object({ from: monthSchema, to: monthSchema });
export const trendPointSchema = z.object({
  period: z.string(),
  respondents: z.int(),
  ikm: z.number().nullable(),
  grade: z.enum(GRADES).nullable(),
});
export const surveyTrendSchema = z.object({
  unitId: idSchema,
  months: z.array(trendPointSchema),
  quarters: z.array(trendPointSchema),
});

export const overviewQuerySchema = z.object({
  period: periodSchema,
  agencyId: idSchema.optional(),
  verifiedOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const overviewRowSchema = z.object({
  unitId: idSchema,
  name: z.string(),
  agencyId: idSchema,
  agencyName: z.string(),
  status: z.enum(['active', 'closed']),
  respondents: z.int(),
  ikm: z.number().nullable(),
  grade: z.enum(GRADES).nullable(),
  label: z.enum(GRADE_LABELS).nullable(),
});
/** Units ranked by IKM (highest first, units without responses last), plus the total. */
export const surveyOverviewSchema = z.object({
  period: z.string(),
  total: ikmSchema,
  units: z.array(overviewRowSchema),
});

export const publicIkmOverviewSchema = z.object({
  tenant: z.object({ slug: z.string(), name: z.string() }),
  period: z.string(),
  previousPeriod: z.string(),
  units: z.array(
    z.object({
      unitId: idSchema,
      name: z.string(),
      agencyName: z.string(),
      current: trendPointSchema.extend({ label: z.enum(GRADE_LABELS).nullable() }),
      previous: trendPointSchema.extend({ label: z.enum(GRADE_LABELS).nullable() }),
    }),
  ),
});

// ---- moderation ----

export const suggestionSchema = z.object({
  responseId: idSchema,
  unitId: idSchema,
  month: z.string(),
  text: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
  submittedAt: z.string(),
  serviceType: z.string().nullable(),
  verified: z.boolean(),
  moderatedAt: z.string().nullable(),
  moderationReason: z.string().nullable(),
});
export const listSuggestionsQuerySchema = z.object({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  status: z.enum(SUGGESTION_STATUSES).optional(),
});
/** Hiding needs a reason: it is audited, and the next admin should know why. */
export const moderateSuggestionSchema = z
  .strictObject({
    action: z.enum(['show', 'hide']),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.action === 'hide' && !m.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required to hide a suggestion' });
  });

// ---- reconciliation ----

export const recomputeCountersSchema = z.strictObject({
  month: monthSchema,
  /** false: report differences only. */
  repair: z.boolean().default(true),
});
export const recomputeResultSchema = z.object({
  unitId: idSchema,
  month: z.string(),
  responsesCounted: z.int(),
  differences: z.array(z.object({ field: z.string(), stored: z.number(), recounted: z.number() })),
  repaired: z.boolean(),
});
