/**
 * The personnel pages' runtime door to @pamong/core, like ../../lib/schemas for the other pages:
 * zod is configured before any schema is built, and only these lazily loaded pages pull the
 * personnel schemas and vocabularies into the bundle.
 */
import '../../lib/zod-setup';

export {
  CORRECTABLE_FIELDS,
  createEmployeeSchema,
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  PNS_RANKS,
  PPPK_GRADES,
  proposeCorrectionSchema,
  updateEmployeeSchema,
} from '@pamong/core';
