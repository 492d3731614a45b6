/**
 * The careers pages' runtime door to @pamong/core, like ../../lib/schemas: zod is configured
 * before any schema is built, and only these lazily loaded pages pull the personnel schemas and
 * vocabularies into the bundle.
 */
import '../../lib/zod-setup';

export {
  addCheckInSchema,
  COMPETENCY_GROUPS,
  completeTrainingSchema,
  createCompetencySchema,
  createMentorshipSchema,
  createPositionSchema,
  createTrainingSchema,
  EDUCATION_LEVELS,
  endMentorshipSchema,
  FUNCTIONAL_LEVELS,
  JP_TARGET_PER_YEAR,
  PLACEMENT_WEIGHTS,
  POSITION_TYPES,
  recordPlacementSchema,
  TOP_RECOMMENDATIONS,
  TRAINING_RESULTS,
  TRAINING_TYPES,
  updatePositionSchema,
  upsertMentorProfileSchema,
} from '@pamong/core';
