/**
 * The SKP pages' runtime door to @pamong/core, like ../../lib/schemas: zod is configured before any
 * schema is built, and only these lazily loaded pages pull the performance vocabularies and rules
 * into the bundle.
 */
import '../../lib/zod-setup';

export {
  annualPeriod,
  assessmentPeriods,
  BERAKHLAK_LABELS,
  BERAKHLAK_VALUES,
  type BerakhlakValue,
  CADENCES,
  type Cadence,
  DEFAULT_PERFORMANCE_SETTINGS,
  MAX_INDICATORS_PER_ITEM,
  MAX_SKP_EVIDENCE,
  MAX_SKP_EVIDENCE_BYTES,
  MAX_SKP_ITEMS,
  MIN_RATERS_FLOOR,
  matrixMonotonicityIssues,
  ORG_PREDIKATS,
  type OrgPredikat,
  type PerformancePeriod,
  PREDIKATS,
  type Predikat,
  performanceYearOf,
  RATINGS,
  type Rating,
  SKP_ACTIONS,
  SKP_STATUSES,
  type SkpAction,
  type SkpStatus,
  TARGET_KINDS,
  type TargetKind,
} from '@pamong/core';
