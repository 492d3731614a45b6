import * as z from 'zod';
import { idSchema } from '../ids';
import { MENTEE_ELIGIBILITY_REASONS } from '../personnel/mentee-eligibility';
import { competencyCodeSchema, competencyLevelSchema, isoDateSchema, versionSchema } from './common';

const pageQuery = {
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};

export const upsertMentorProfileSchema = z
  .strictObject({
    offeredCompetencies: z
      .array(z.strictObject({ code: competencyCodeSchema, level: competencyLevelSchema }))
      .min(1)
      .max(20),
    capacity: z.int().min(1).max(10),
    active: z.boolean(),
    /** Required to change an existing profile; omitted when creating one. */
    version: versionSchema.optional(),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.offeredCompetencies.forEach((c, i) => {
      if (seen.has(c.code))
        ctx.addIssue({
          code: 'custom',
          path: ['offeredCompetencies', i, 'code'],
          message: 'is listed twice',
        });
      seen.add(c.code);
    });
  });
export type UpsertMentorProfileInput = z.infer<typeof upsertMentorProfileSchema>;

export const mentorSchema = z.object({
  employeeId: idSchema,
  name: z.string(),
  agencyId: idSchema,
  offeredCompetencies: z.array(z.object({ code: z.string(), level: z.int() })),
  capacity: z.int(),
  /** Mentees in active mentorships; kept in the same transaction as each start and end. */
  activeMentees: z.int(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type MentorProfile = z.infer<typeof mentorSchema>;

export const listMentorsQuerySchema = z.object(pageQuery);

export const suggestMentorsQuerySchema = z.object({
  menteeId: idSchema,
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** `menteeId` left out: the caller's own employee record. */
export const menteeEligibilityQuerySchema = z.object({ menteeId: idSchema.optional() });

/**
 * Whether mentor suggestions may be asked for this employee (see menteeEligibility in
 * personnel/mentee-eligibility.ts), so a page can say so instead of asking and getting a 409.
 */
export const menteeEligibilitySchema = z.object({
  menteeId: idSchema,
  eligible: z.boolean(),
  /** `cpns` | `first-years` (eligible); `established` | `no-start-date` (not eligible). */
  reason: z.enum(MENTEE_ELIGIBILITY_REASONS),
  /** The date the years of service count from (TMT CPNS or the start date); null for a CPNS or when unknown. */
  countedFrom: isoDateSchema.nullable(),
  /** The first day the employee no longer counts as new; null for a CPNS or when unknown. */
  newUntil: isoDateSchema.nullable(),
  /** The years an employee counts as new (NEW_EMPLOYEE_YEARS). */
  newEmployeeYears: z.int(),
});
export type MenteeEligibilityAnswer = z.infer<typeof menteeEligibilitySchema>;

export const mentorSuggestionSchema = z.object({
  mentor: mentorSchema,
  score: z.number(),
  factors: z.object({ overlap: z.int(), sameAgency: z.boolean(), freeCapacity: z.int() }),
  matched: z.array(z.string()),
});

export const mentorSuggestionsSchema = z.object({
  menteeId: idSchema,
  /** The codes ranked on: the mentee's position requirements, or empty when every offer counts. */
  neededCompetencies: z.array(z.string()),
  items: z.array(mentorSuggestionSchema),
});

const goalSchema = z.string().trim().min(1).max(500);

export const createMentorshipSchema = z
  .strictObject({
    mentorEmployeeId: idSchema,
    menteeEmployeeId: idSchema,
    startDate: isoDateSchema,
    goals: z.array(goalSchema).min(1).max(10),
  })
  .superRefine((v, ctx) => {
    if (v.mentorEmployeeId === v.menteeEmployeeId)
      ctx.addIssue({ code: 'custom', path: ['menteeEmployeeId'], message: 'cannot be the mentor themself' });
  });
export type CreateMentorshipInput = z.infer<typeof createMentorshipSchema>;

export const mentorshipSchema = z.object({
  id: idSchema,
  mentorEmployeeId: idSchema,
  mentorName: z.string(),
  mentorAgencyId: idSchema,
  menteeEmployeeId: idSchema,
  menteeName: z.string(),
  /** The mentee's agency. */
  agencyId: idSchema,
  startDate: z.string(),
  goals: z.array(z.string()),
  status: z.enum(['active', 'ended']),
  endDate: z.string().optional(),
  endReason: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Mentorship = z.infer<typeof mentorshipSchema>;

export const listMentorshipsQuerySchema = z.object(pageQuery);

export const addCheckInSchema = z.strictObject({
  date: isoDateSchema,
  note: z.string().trim().min(1).max(2000),
});
export type AddCheckInInput = z.infer<typeof addCheckInSchema>;

export const checkInSchema = z.object({
  id: z.string(),
  mentorshipId: idSchema,
  date: z.string(),
  note: z.string(),
  by: z.object({ sub: z.string(), role: z.string() }),
  createdAt: z.string(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const endMentorshipSchema = z.strictObject({
  endDate: isoDateSchema,
  reason: z.string().trim().min(1).max(500),
  version: versionSchema,
});
export type EndMentorshipInput = z.infer<typeof endMentorshipSchema>;
