// Survey code already exports `AGE_BANDS`, `ageBand` and `Grade` (the IKM grade), so the
// personnel names that would collide are exported under their own names here.
export * from './dashboard';
export * from './eligibility';
export * from './headcount';
export * from './import-errors';
export * from './import-lease';
export * from './import-rows';
export * from './mentee-eligibility';
export * from './mentoring';
export * from './nip';
export * from './placement';
export * from './position-level';
export * from './promotion';
export {
  AGE_BANDS as EMPLOYEE_AGE_BANDS,
  addYears,
  ageBand as employeeAgeBand,
  ageOn,
  bupAge,
  fullYearsBetween,
  retirementDate,
} from './retirement';
export * from './standard-competencies';
export * from './training';
export {
  COMPETENCY_GROUPS,
  type CompetencyGroup,
  competencyGroupSchema,
  EDUCATION_LEVELS,
  type EducationLevel,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  educationLevelSchema,
  educationOrder,
  employmentTypeSchema,
  FUNCTIONAL_LEVELS,
  type FunctionalLevel,
  functionalLevelSchema,
  type Grade as PppkGrade,
  gradeOrder,
  gradeSchema,
  highestEducation,
  normalizeMajor,
  PNS_RANKS,
  POSITION_TYPES,
  type PositionType,
  PPPK_GRADES,
  positionTypeSchema,
  RANK_CODES,
  type Rank,
  rankName,
  rankOrder,
  rankSchema,
} from './vocabulary';
