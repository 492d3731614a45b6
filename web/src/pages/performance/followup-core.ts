/**
 * The follow-up register's runtime door to @pamong/core, like ./skp-core: zod is configured before
 * any schema is built, and only this lazily loaded page pulls the follow-up rules into its chunk.
 * The forms are checked with the API's own schemas and date rules before anything is sent.
 */
import '../../lib/zod-setup';

export {
  annualPeriod,
  coachingCheckInDateIssues,
  createCoachingPlanSchema,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_REASONS,
  followUpWindow,
  MAX_COACHING_CHECK_INS,
  PREDIKATS,
  performanceYearOf,
  recordCoachingCheckInSchema,
  recordDisciplineReferralSchema,
  recordReferralOutcomeSchema,
  referralDecisionIssues,
  referralOutcomeSchema,
} from '@pamong/core';
