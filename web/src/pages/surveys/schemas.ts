/**
 * The survey pages' runtime door to @pamong/core, like ../../lib/schemas for the other pages:
 * zod is configured before any schema is built, and only these lazily loaded pages pull the
 * survey schemas, the element texts and the period arithmetic into the bundle.
 */
import '../../lib/zod-setup';

export {
  AGE_BANDS,
  createSurveyUnitSchema,
  DEFAULT_SURVEY_RATE_LIMIT,
  ELEMENT_CODES,
  type ElementCode,
  GRADES,
  gradeOf,
  issueServiceCodesSchema,
  MAX_SERVICE_CODES_PER_BATCH,
  moderateSuggestionSchema,
  monthIn,
  monthsBetween,
  type PeriodKind,
  parsePeriod,
  periodOfMonth,
  previousPeriod,
  RESPONDENT_EDUCATION,
  RESPONDENT_OCCUPATION,
  SURVEY_ELEMENTS,
  setSurveyPopulationSchema,
  updateSurveySettingsSchema,
  updateSurveyUnitSchema,
  VERIFICATION_MODES,
} from '@pamong/core';
