import * as z from 'zod';
import { idSchema } from '../ids';
import { RATER_RELATIONS } from '../performance/feedback';
import { BERAKHLAK_VALUES } from '../performance/skp';

/**
 * Anonymous 360 feedback (issue 14 §3): what its routes answer and the queries they take. The
 * inputs (`openFeedbackRoundSchema`, `submitFeedbackSchema`) are in schemas/performance.ts.
 *
 * Anonymity is kept in the shapes themselves: a round says how many raters each relation group has
 * and how many of them have answered, never who; a form is the caller's own; an answer is received
 * with no id; the summary holds averages and comments of groups that reach the tenant's minimum.
 * No shape here has a rater's id or name, or a time finer than a day.
 */
const raterRelation = z.enum(RATER_RELATIONS);
const period = z.object({ start: z.string(), end: z.string() });
const count = z.int().nonnegative();

export const feedbackRoundStatusSchema = z
  .enum(['open', 'closed'])
  .describe("closed: today, in the tenant's time zone, is after closesOn");

export const feedbackSubjectRefSchema = z.object({
  kind: z.enum(['employee', 'unit']),
  id: idSchema,
  name: z.string(),
});

/** Per relation group: how many were asked and how many have answered (never who). */
export const feedbackRoundGroupSchema = z.object({
  relation: raterRelation,
  raters: count,
  answered: count,
});

export const feedbackRoundSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  subject: feedbackSubjectRefSchema,
  period,
  /** The day the round was opened (a date: no time is kept on a round or its answers). */
  openedOn: z.string(),
  closesOn: z.string(),
  status: feedbackRoundStatusSchema,
  groups: z.array(feedbackRoundGroupSchema),
});
export type FeedbackRound = z.infer<typeof feedbackRoundSchema>;

export const listFeedbackRoundsQuerySchema = z.object({
  agencyId: idSchema
    .optional()
    .describe(
      "Required for a tenant admin; an agency admin's is their own; other staff see the rounds they may read the summary of, in their own agency",
    ),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListFeedbackRoundsQuery = z.infer<typeof listFeedbackRoundsQuerySchema>;

/** One round the caller is asked to rate: the home page's "360 forms to fill". */
export const feedbackFormSchema = z.object({
  roundId: idSchema,
  subject: feedbackSubjectRefSchema,
  period,
  closesOn: z.string(),
  status: feedbackRoundStatusSchema,
  /** The caller's relation to the subject, the group their answer counts in. */
  relation: raterRelation,
  answered: z.boolean(),
});
export type FeedbackForm = z.infer<typeof feedbackFormSchema>;

export const listFeedbackFormsQuerySchema = z.object({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListFeedbackFormsQuery = z.infer<typeof listFeedbackFormsQuerySchema>;

/** An answer is received, nothing more: no id comes back that could be matched to it later. */
export const feedbackReceiptSchema = z.object({ received: z.literal(true) });

const averages = z.object(
  Object.fromEntries(BERAKHLAK_VALUES.map((v) => [v, z.number()])) as Record<
    (typeof BERAKHLAK_VALUES)[number],
    z.ZodNumber
  >,
);

export const feedbackGroupSummarySchema = z.discriminatedUnion('status', [
  z.object({
    relation: raterRelation,
    status: z.literal('shown'),
    raters: count,
    averages,
    overall: z.number(),
    /** In random order. */
    comments: z.array(z.string()),
  }),
  z
    .object({ relation: raterRelation, status: z.literal('not-enough-raters') })
    .describe('Fewer answers than the minimum: no count, no averages, no comments'),
]);

export const feedbackSummarySchema = z.object({
  roundId: idSchema,
  subject: feedbackSubjectRefSchema,
  period,
  closesOn: z.string(),
  status: feedbackRoundStatusSchema,
  /** The tenant's minimum of answers a group needs to be shown (never below 3). */
  minRaters: z.int(),
  groups: z.array(feedbackGroupSummarySchema),
  /** Over the shown groups other than self; null when none is shown. */
  overall: z.object({ raters: count, averages, overall: z.number() }).nullable(),
});
export type FeedbackSummaryView = z.infer<typeof feedbackSummarySchema>;
