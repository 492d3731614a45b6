import * as z from 'zod';
import { idSchema } from '../ids';
import { PLACEMENT_WEIGHTS } from '../personnel/placement';
import { competencyGroupSchema, employmentTypeSchema } from '../personnel/vocabulary';
import { employeeSchema, positionSchema } from './personnel';

/**
 * Queries and answers of positions, the competency catalogue and competency-based placement. The
 * web imports these types; the request bodies are in ./personnel.
 */

const cursorFields = {
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};

export const listPositionsQuerySchema = z.object({
  agencyId: idSchema.optional(),
  /** `true`: only positions with at least one vacant seat. */
  vacantOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  ...cursorFields,
});
export type ListPositionsQuery = z.infer<typeof listPositionsQuerySchema>;

export const listCompetenciesQuerySchema = z.object({
  group: competencyGroupSchema.optional(),
  ...cursorFields,
});
export type ListCompetenciesQuery = z.infer<typeof listCompetenciesQuerySchema>;

export const MAX_PLACEMENT_RESULTS = 50;
export const placementLimitQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PLACEMENT_RESULTS).default(20),
});

const factorNames = Object.keys(PLACEMENT_WEIGHTS) as [
  keyof typeof PLACEMENT_WEIGHTS,
  ...(keyof typeof PLACEMENT_WEIGHTS)[],
];

/** One factor of the transparent score (see scoreCandidate): absent factors have null points. */
export const factorScoreSchema = z.object({
  factor: z.enum(factorNames),
  weight: z.number(),
  status: z.enum(['present', 'absent']),
  score: z.number().nullable(),
  points: z.number().nullable(),
  share: z.number().nullable(),
  detail: z.string(),
});

/** A placement that would lower the employee's eselon or jenjang (stepDownOf); ranked after the others. */
const stepDownFields = {
  stepDown: z.boolean(),
  /** English, like the factor details, e.g. `step down: current position JPT_PRATAMA is a higher level than PENGAWAS (2 steps lower)`. */
  stepDownReason: z.string().nullable(),
};

export const placementCandidateSchema = z.object({
  employeeId: idSchema,
  name: z.string(),
  employmentType: employmentTypeSchema,
  agencyId: idSchema,
  agencyName: z.string(),
  unitId: idSchema,
  /** Golongan: the PNS/CPNS rank (`III/a`) or the PPPK grade (`IX`); named so it is not confused with `rank`. */
  golongan: z.string().nullable(),
  positionId: z.string().optional(),
  positionName: z.string().optional(),
  total: z.number(),
  factors: z.array(factorScoreSchema),
  ...stepDownFields,
  /** 1 = best candidate. */
  rank: z.int(),
});
export type PlacementCandidate = z.infer<typeof placementCandidateSchema>;

export const placementCandidatesSchema = z.object({
  position: positionSchema,
  candidates: z.array(placementCandidateSchema),
});

export const suggestedPositionSchema = z.object({
  position: positionSchema,
  total: z.number(),
  factors: z.array(factorScoreSchema),
  ...stepDownFields,
  rank: z.int(),
});

export const suggestedPositionsSchema = z.object({
  employeeId: idSchema,
  items: z.array(suggestedPositionSchema),
  /** True when the tenant has more positions than one request reads; the ranking covers the first ones. */
  truncated: z.boolean(),
});

export const placementResultSchema = z.object({
  employee: employeeSchema,
  /** Not among the position's top 5 candidates: the justification was required and the audit entry is flagged. */
  outsideRecommendation: z.boolean(),
  /** The employee's place among the position's candidates, or null when placed without a position. */
  candidateRank: z.int().nullable(),
});
export type PlacementResult = z.infer<typeof placementResultSchema>;
