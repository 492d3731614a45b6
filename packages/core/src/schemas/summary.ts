import * as z from 'zod';
import { idSchema } from '../ids';
import { gradeSchema, rankSchema } from '../personnel/vocabulary';
import { isoDateSchema } from './common';
import { jpProgressSchema } from './training';

/**
 * A number for a home-page tile, counted without reading the items (DynamoDB Select COUNT), up to a
 * cap. `atLeast` means the count stopped at the cap with more left: show it as "1000+".
 */
export const tileCountSchema = z.object({
  count: z.int().nonnegative(),
  atLeast: z.boolean(),
});
export type TileCount = z.infer<typeof tileCountSchema>;

/** An admin's work: in their scope (the tenant, or an agency admin's agency). */
export const personnelAdminSummarySchema = z.object({
  /** null: the whole tenant. */
  agencyId: idSchema.nullable(),
  correctionsPending: tileCountSchema,
  vacantPositions: tileCountSchema,
  /** PNS with at least 4 years in rank, as the promotions list has them today. */
  promotionDue: tileCountSchema,
  /** Retirement dates from today to a year from today, as the retirements list has them. */
  retiringWithin12Months: tileCountSchema,
  /** Among the 20 newest import jobs: those running, cut off (Terputus) and failed. */
  imports: z.object({
    running: z.int().nonnegative(),
    interrupted: z.int().nonnegative(),
    failed: z.int().nonnegative(),
  }),
});

/** A supervisor's reporting line: the unit of their own employee record. */
export const personnelTeamSummarySchema = z.object({
  agencyId: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  members: tileCountSchema,
  retiringWithin12Months: tileCountSchema,
  promotionDue: tileCountSchema,
  /** Mentorships in which the supervisor is the mentor and that are still running. */
  activeMentees: z.int().nonnegative(),
});

/** The signed-in person's own record, for anyone whose account is linked to an employee. */
export const personnelMeSummarySchema = z.object({
  employeeId: idSchema,
  name: z.string(),
  positionName: z.string().nullable(),
  unitName: z.string().nullable(),
  agencyName: z.string(),
  rank: rankSchema.nullable(),
  grade: gradeSchema.nullable(),
  year: z.int(),
  jp: jpProgressSchema,
  /** The running mentorship in which they are the mentee, if any. */
  mentor: z.object({ mentorshipId: idSchema, mentorName: z.string(), startDate: isoDateSchema }).nullable(),
});

/**
 * The home page's numbers from personnel, in one request: each part present only for a caller it
 * applies to (admin: tenant and agency admins; team: supervisors with an employee record in a unit;
 * me: anyone linked to an employee record).
 */
export const personnelSummarySchema = z.object({
  asOf: isoDateSchema,
  admin: personnelAdminSummarySchema.nullable(),
  team: personnelTeamSummarySchema.nullable(),
  me: personnelMeSummarySchema.nullable(),
});
export type PersonnelSummary = z.infer<typeof personnelSummarySchema>;

/** How far a tile counts before it says "N+": a Select COUNT over at most this many items. */
export const TILE_COUNT_CAP = 1000;
