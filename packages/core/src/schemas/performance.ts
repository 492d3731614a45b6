import * as z from 'zod';
import { DOCUMENT_CONTENT_TYPES } from '../documents';
import { idSchema } from '../ids';
import { RATER_RELATIONS } from '../performance/feedback';
import { SKP_ACTIONS, SKP_STATUSES } from '../performance/lifecycle';
import { monthIndex } from '../performance/period';
import {
  BERAKHLAK_VALUES,
  MAX_INDICATORS_PER_ITEM,
  MAX_SKP_ITEMS,
  TARGET_KINDS,
  targetIssues,
} from '../performance/skp';
import { isoDateSchema, monthSchema, nameSchema, versionSchema } from './common';
import { orgPredikatSchema, ratingSchema } from './performance-settings';

/**
 * Performance management (issue 14): the inputs and results of its operations (the tenant's
 * settings are in performance-settings.ts). The cross-record rules (a parent item on the
 * appraiser's approved SKP, the lifecycle, the caps) live in packages/core/src/performance; these
 * schemas check shape and what one request can tell.
 */
const text = nameSchema;

export const berakhlakValueSchema = z.enum(BERAKHLAK_VALUES);
export const raterRelationSchema = z.enum(RATER_RELATIONS);

/** A period: a start and an end month, both inclusive, at most 12 months. */
export const performancePeriodSchema = z
  .strictObject({ start: monthSchema, end: monthSchema })
  .superRefine((p, ctx) => {
    const s = monthIndex(p.start);
    const e = monthIndex(p.end);
    if (s === null || e === null) return;
    if (e < s) ctx.addIssue({ code: 'custom', path: ['end'], message: 'is before the start month' });
    else if (e - s >= 12)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a period spans at most 12 months' });
  });

// ---- SKP planning ----

export const skpTargetSchema = z
  .strictObject({ kind: z.enum(TARGET_KINDS), value: z.number(), unit: text(40) })
  .superRefine((t, ctx) => {
    for (const e of targetIssues(t, 't'))
      ctx.addIssue({ code: 'custom', path: e.path.split('.').slice(1), message: e.message });
  });

export const skpIndicatorSchema = z.strictObject({ text: text(500), target: skpTargetSchema });

export const skpItemInputSchema = z.strictObject({
  /** Absent on a new item (the service gives it one); present to change an existing item. */
  id: idSchema.optional(),
  text: text(1000),
  indicators: z.array(skpIndicatorSchema).min(1).max(MAX_INDICATORS_PER_ITEM),
  parentItemId: idSchema.nullable().optional(),
  expectation: text(1000).nullable().optional(),
});
export type SkpItemInput = z.infer<typeof skpItemInputSchema>;

export const behaviourExpectationsSchema = z
  .partialRecord(berakhlakValueSchema, text(1000))
  .describe("The leader's expectation on each BerAKHLAK value; any may be left out");

/** The appraiser and their superior are not input: they come from the org structure. */
export const createSkpSchema = z.strictObject({
  employeeId: idSchema.optional().describe("Left out: the caller's own employee record"),
  period: performancePeriodSchema,
  items: z.array(skpItemInputSchema).max(MAX_SKP_ITEMS).default([]),
  behaviourExpectations: behaviourExpectationsSchema.default({}),
});
export type CreateSkpInput = z.infer<typeof createSkpSchema>;

export const updateSkpPlanSchema = z.strictObject({
  items: z.array(skpItemInputSchema).max(MAX_SKP_ITEMS),
  behaviourExpectations: behaviourExpectationsSchema,
  version: versionSchema,
});
export type UpdateSkpPlanInput = z.infer<typeof updateSkpPlanSchema>;

/** Send items of the caller's SKP to all direct subordinates (none listed) or to those listed. */
export const cascadeSkpItemsSchema = z.strictObject({
  skpId: idSchema,
  itemIds: z.array(idSchema).min(1).max(MAX_SKP_ITEMS).optional(),
  subordinateIds: z.array(idSchema).min(1).max(500).optional(),
});
export type CascadeSkpItemsInput = z.infer<typeof cascadeSkpItemsSchema>;

export const skpTransitionSchema = z
  .strictObject({
    action: z.enum(SKP_ACTIONS),
    reason: text(2000).optional(),
    version: versionSchema,
  })
  .superRefine((v, ctx) => {
    if ((v.action === 'return' || v.action === 'revise') && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `is required to ${v.action} an SKP` });
  });
export type SkpTransitionInput = z.infer<typeof skpTransitionSchema>;

/**
 * A document attached as evidence: at most 4 MB, so that its download, which the function returns
 * base64-encoded, stays under Lambda's 6 MB response limit (4 MB is 5.33 MB in base64).
 */
export const MAX_SKP_EVIDENCE_BYTES = 4 * 1024 * 1024;
export const MAX_SKP_EVIDENCE = 10;

const evidenceLinkSchema = z.strictObject({
  kind: z.literal('link'),
  url: z.url({ protocol: /^https$/, error: 'must be an https link' }).max(2000),
});
const evidenceNameSchema = z.string().trim().min(1).max(200);

/** Evidence as a realisation names it: a link, or a document uploaded first (`createSkpEvidenceUpload`). */
export const skpEvidenceInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('document'), documentId: idSchema, name: evidenceNameSchema }),
  evidenceLinkSchema,
]);

/** Evidence as recorded: a document has what its bytes turned out to be, checked on recording. */
export const skpEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    documentId: idSchema,
    name: z.string(),
    contentType: z.enum(DOCUMENT_CONTENT_TYPES),
    size: z.int(),
  }),
  evidenceLinkSchema,
]);
export type SkpEvidence = z.infer<typeof skpEvidenceSchema>;

export const recordSkpRealisationSchema = z.strictObject({
  itemId: idSchema,
  period: performancePeriodSchema,
  value: z.number().finite().min(0),
  note: z.string().trim().max(2000).optional(),
  evidence: z.array(skpEvidenceInputSchema).max(MAX_SKP_EVIDENCE).default([]),
});

/** Before a realisation names a document: where to PUT it. */
export const createSkpEvidenceUploadSchema = z.strictObject({
  name: evidenceNameSchema,
  contentType: z.enum(DOCUMENT_CONTENT_TYPES),
  size: z.int().min(1).max(MAX_SKP_EVIDENCE_BYTES),
});
export type CreateSkpEvidenceUploadInput = z.infer<typeof createSkpEvidenceUploadSchema>;

export const skpEvidenceUploadSchema = z.object({
  /** Name it in `recordSkpRealisation.evidence` as `{ kind: 'document', documentId, name }` once the PUT succeeded. */
  documentId: idSchema,
  name: z.string(),
  contentType: z.string(),
  upload: z.object({
    url: z.string(),
    method: z.literal('PUT'),
    headers: z.record(z.string(), z.string()),
    expiresAt: z.string(),
  }),
});

export const skpDocumentParamsSchema = z.object({ skpId: idSchema, documentId: idSchema });
export type RecordSkpRealisationInput = z.infer<typeof recordSkpRealisationSchema>;

export const addSkpFeedbackSchema = z.strictObject({
  date: isoDateSchema,
  note: text(2000),
  itemId: idSchema.optional(),
});
export type AddSkpFeedbackInput = z.infer<typeof addSkpFeedbackSchema>;

// ---- assessment ----

export const assessSkpSchema = z.strictObject({
  skpId: idSchema,
  period: performancePeriodSchema,
  hasilKerja: ratingSchema,
  perilaku: ratingSchema,
  /** Notes per BerAKHLAK value; all seven are rated, notes may be left out. */
  perilakuNotes: z.partialRecord(berakhlakValueSchema, text(2000)).default({}),
  version: versionSchema.optional(),
});
export type AssessSkpInput = z.infer<typeof assessSkpSchema>;

const orgTarget = {
  unitId: idSchema.optional(),
  agencyId: idSchema.optional(),
};
const oneOrg = (v: { unitId?: string; agencyId?: string }, ctx: z.RefinementCtx) => {
  if (!!v.unitId === !!v.agencyId)
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'give either unitId or agencyId' });
};

export const rateOrganisationSchema = z
  .strictObject({
    ...orgTarget,
    period: performancePeriodSchema,
    predikat: orgPredikatSchema,
    indicators: z
      .array(
        z.strictObject({ text: text(500), target: z.number().finite(), realisation: z.number().finite() }),
      )
      .max(50)
      .default([]),
    /** Required when the predikat differs from the one the unit's IKM suggests. */
    reason: text(2000).optional(),
  })
  .superRefine(oneOrg);
export type RateOrganisationInput = z.infer<typeof rateOrganisationSchema>;

export const finaliseSkpAssessmentsSchema = z
  .strictObject({ ...orgTarget, period: performancePeriodSchema })
  .superRefine(oneOrg);
export type FinaliseSkpAssessmentsInput = z.infer<typeof finaliseSkpAssessmentsSchema>;

// ---- 360 ----

export const openFeedbackRoundSchema = z
  .strictObject({
    subject: z.strictObject({ kind: z.enum(['employee', 'unit']), id: idSchema }),
    period: performancePeriodSchema,
    raters: z
      .array(z.strictObject({ employeeId: idSchema, relation: raterRelationSchema }))
      .min(1)
      .max(100),
    closesOn: isoDateSchema,
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.raters.forEach((r, i) => {
      if (seen.has(r.employeeId))
        ctx.addIssue({ code: 'custom', path: ['raters', i, 'employeeId'], message: 'is listed twice' });
      seen.add(r.employeeId);
    });
  });
export type OpenFeedbackRoundInput = z.infer<typeof openFeedbackRoundSchema>;

const scoreSchema = z.int().min(1).max(5);
export const submitFeedbackSchema = z.strictObject({
  scores: z.strictObject(
    Object.fromEntries(BERAKHLAK_VALUES.map((v) => [v, scoreSchema])) as Record<
      (typeof BERAKHLAK_VALUES)[number],
      typeof scoreSchema
    >,
  ),
  comment: z.string().trim().max(2000).optional(),
});
export type SubmitFeedbackInput = z.infer<typeof submitFeedbackSchema>;

// ---- follow-up ----

export const createCoachingPlanSchema = z
  .strictObject({
    employeeId: idSchema,
    period: performancePeriodSchema,
    goals: z.array(text(500)).min(1).max(10),
    checkIns: z
      .array(z.strictObject({ date: isoDateSchema, note: text(2000).optional() }))
      .max(24)
      .default([]),
  })
  .superRefine((v, ctx) => {
    const dates = v.checkIns.map((c) => c.date);
    dates.forEach((d, i) => {
      if (i > 0 && d <= dates[i - 1]!)
        ctx.addIssue({
          code: 'custom',
          path: ['checkIns', i, 'date'],
          message: 'must come after the one before',
        });
    });
  });
export type CreateCoachingPlanInput = z.infer<typeof createCoachingPlanSchema>;

export const recordReferralOutcomeSchema = z.strictObject({
  outcome: z.enum(['no-violation', 'light', 'moderate', 'severe', 'withdrawn']),
  decidedOn: isoDateSchema,
  note: z.string().trim().max(2000).optional(),
  version: versionSchema,
});
export type RecordReferralOutcomeInput = z.infer<typeof recordReferralOutcomeSchema>;

// ---- SKP records (responses) ----

export const skpStatusSchema = z.enum(SKP_STATUSES);

export const skpItemSchema = z.object({
  id: idSchema,
  text: z.string(),
  indicators: z.array(
    z.object({
      text: z.string(),
      target: z.object({ kind: z.enum(TARGET_KINDS), value: z.number(), unit: z.string() }),
    }),
  ),
  parentItemId: idSchema.nullable(),
  expectation: z.string().nullable(),
  source: z.enum(['manual', 'cascade', 'ikm']),
});
export type SkpItemRecord = z.infer<typeof skpItemSchema>;

const personRef = z.object({ id: idSchema, name: z.string() });

export const skpHistoryEntrySchema = z.object({
  action: z.enum(SKP_ACTIONS),
  from: skpStatusSchema,
  to: skpStatusSchema,
  byName: z.string(),
  at: z.string(),
  revision: z.int(),
  reason: z.string().nullable(),
});

/** One SKP as stored: the plan, who appraises it (resolved from the org structure at creation), its state. */
export const skpSchema = z.object({
  id: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  nip: z.string().nullable(),
  agencyId: idSchema,
  unitId: idSchema,
  unitName: z.string().nullable(),
  positionName: z.string().nullable(),
  period: z.object({ start: z.string(), end: z.string() }),
  appraiser: personRef,
  appraiserSuperior: personRef.nullable(),
  status: skpStatusSchema,
  revision: z.int().min(0),
  items: z.array(skpItemSchema),
  behaviourExpectations: z.partialRecord(berakhlakValueSchema, z.string()),
  history: z.array(skpHistoryEntrySchema),
  version: z.int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Skp = z.infer<typeof skpSchema>;

export const skpRealisationSchema = z.object({
  itemId: idSchema,
  period: z.object({ start: z.string(), end: z.string() }),
  value: z.number(),
  note: z.string().nullable(),
  evidence: z.array(skpEvidenceSchema),
  /** `survey`: filled from the unit's survey counters (the IKM item), never typed. */
  source: z.enum(['typed', 'survey']),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type SkpRealisation = z.infer<typeof skpRealisationSchema>;

export const skpFeedbackNoteSchema = z.object({
  id: idSchema,
  date: z.string(),
  note: z.string(),
  itemId: idSchema.nullable(),
  byName: z.string(),
  createdAt: z.string(),
});
export type SkpFeedbackNote = z.infer<typeof skpFeedbackNoteSchema>;

/** GET of one SKP: the plan with its realisations and the appraiser's feedback notes. */
export const skpDetailSchema = skpSchema.extend({
  /**
   * The items of the appraiser's own SKP for the same period, once it is approved: what this
   * plan's items may support (their `parentItemId`). Empty while there is none.
   */
  appraiserItems: z.array(z.object({ id: idSchema, text: z.string() })),
  realisations: z.array(skpRealisationSchema),
  feedback: z.array(skpFeedbackNoteSchema),
  /** What the caller may do now (the web shows only these buttons). */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    revise: z.boolean(),
    recordRealisation: z.boolean(),
    addFeedback: z.boolean(),
    assess: z.boolean(),
    cascade: z.boolean(),
  }),
});
export type SkpDetail = z.infer<typeof skpDetailSchema>;

export const skpSummarySchema = skpSchema
  .pick({
    id: true,
    employeeId: true,
    employeeName: true,
    nip: true,
    unitId: true,
    unitName: true,
    positionName: true,
    period: true,
    appraiser: true,
    status: true,
    revision: true,
    version: true,
    updatedAt: true,
  })
  .extend({ itemCount: z.int() });
export type SkpSummary = z.infer<typeof skpSummarySchema>;

const skpWithItemsSchema = skpSummarySchema.extend({ items: z.array(skpItemSchema) });

/**
 * One level of the cascade (the tree from the head down): an SKP with its items, and the SKPs of
 * the same period that its owner appraises, with theirs; an item's children are the subordinates'
 * items whose `parentItemId` is its id. The web opens a subordinate's level the same way.
 */
export const skpCascadeSchema = z.object({
  skp: skpWithItemsSchema,
  subordinates: z.array(skpWithItemsSchema),
});
export type SkpCascade = z.infer<typeof skpCascadeSchema>;

export const listSkpsQuerySchema = z.object({
  /** mine: the caller's own; team: those the caller appraises (a tenant admin without an employee record: the agency heads, for the regional head); agency: an admin's scope. */
  scope: z.enum(['mine', 'team', 'agency']).default('mine'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  agencyId: idSchema.optional(),
  unitId: idSchema.optional(),
  status: skpStatusSchema.optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListSkpsQuery = z.infer<typeof listSkpsQuerySchema>;

export const skpStepSchema = z.strictObject({
  reason: text(2000).optional(),
  version: versionSchema,
});
export const skpReasonStepSchema = z.strictObject({ reason: text(2000), version: versionSchema });

export const cascadeResultSchema = z.object({
  created: z.int(),
  targets: z.array(
    z.object({
      employeeId: idSchema,
      employeeName: z.string(),
      skpId: idSchema,
      createdSkp: z.boolean(),
      newItems: z.int(),
      alreadyCascaded: z.int(),
    }),
  ),
  refused: z.array(
    z.object({
      employeeId: idSchema,
      employeeName: z.string(),
      reason: z.enum(['plan-not-editable', 'not-subordinate', 'other-period', 'too-many-items']),
    }),
  ),
});
export type CascadeSkpResult = z.infer<typeof cascadeResultSchema>;
