import {
  type EmploymentType,
  type FunctionalLevel,
  type Grade,
  gradeOrder,
  type PositionType,
  type Rank,
  rankOrder,
} from './vocabulary';

/** A position type, or for FUNGSIONAL positions the functional level, which is what sets the minimum. */
export type MinimumKey = Exclude<PositionType, 'FUNGSIONAL'> | FunctionalLevel;

/**
 * Default minimum PNS rank per position. ASN-RULES does not fix these, so they are defaults for a tenant
 * setting to override (pass `tables` to rankEligibility), not law.
 */
export const DEFAULT_MIN_RANK: Readonly<Record<MinimumKey, Rank>> = {
  JPT_UTAMA: 'IV/d',
  JPT_MADYA: 'IV/c',
  JPT_PRATAMA: 'IV/b',
  ADMINISTRATOR: 'III/d',
  PENGAWAS: 'III/b',
  PELAKSANA: 'II/a',
  AHLI_PERTAMA: 'III/a',
  AHLI_MUDA: 'III/c',
  AHLI_MADYA: 'IV/a',
  AHLI_UTAMA: 'IV/d',
  PEMULA: 'II/a',
  TERAMPIL: 'II/c',
  MAHIR: 'III/a',
  PENYELIA: 'III/b',
};

/**
 * Default minimum PPPK grade per position; null means the position is not open to PPPK. Also a default
 * for a tenant setting: structural and JPT positions are closed here only because that is the common case.
 */
export const DEFAULT_MIN_GRADE: Readonly<Record<MinimumKey, Grade | null>> = {
  JPT_UTAMA: null,
  JPT_MADYA: null,
  JPT_PRATAMA: null,
  ADMINISTRATOR: null,
  PENGAWAS: null,
  PELAKSANA: 'V',
  AHLI_PERTAMA: 'IX',
  AHLI_MUDA: 'XI',
  AHLI_MADYA: 'XIII',
  AHLI_UTAMA: 'XV',
  PEMULA: 'V',
  TERAMPIL: 'VII',
  MAHIR: 'VIII',
  PENYELIA: 'IX',
};

/** Credit lost per rank or grade step below the minimum. */
export const RANK_STEP_PENALTY = 0.25;

export interface EligibilityPosition {
  type: PositionType;
  functionalLevel?: FunctionalLevel | null;
  /** Kelas jabatan: carried for callers; the default minimums do not depend on it. */
  positionClass: number;
}

export interface EligibilityEmployee {
  employmentType: EmploymentType;
  rank?: Rank | null;
  grade?: Grade | null;
}

export interface RankEligibility {
  eligible: boolean;
  /** 1 at or above the minimum, 1 - 0.25 per step below it, floored at 0. */
  score: number;
  required: string | null;
  actual: string | null;
  detail: string;
}

export interface MinimumTables {
  minRank: Readonly<Record<MinimumKey, Rank>>;
  minGrade: Readonly<Record<MinimumKey, Grade | null>>;
}

const DEFAULT_TABLES: MinimumTables = { minRank: DEFAULT_MIN_RANK, minGrade: DEFAULT_MIN_GRADE };

/** The table key of a position, or null for a FUNGSIONAL position without a level. */
export function minimumKey(
  position: Pick<EligibilityPosition, 'type' | 'functionalLevel'>,
): MinimumKey | null {
  if (position.type !== 'FUNGSIONAL') return position.type;
  return position.functionalLevel ?? null;
}

const stepScore = (stepsBelow: number): number =>
  Math.max(0, 1 - RANK_STEP_PENALTY * Math.max(0, stepsBelow));

/**
 * Whether the employee's rank (PNS, CPNS) or grade (PPPK) reaches the position's minimum. CPNS count by
 * rank like PNS because they already hold one; probation is a separate concern.
 */
export function rankEligibility(
  position: EligibilityPosition,
  employee: EligibilityEmployee,
  tables: MinimumTables = DEFAULT_TABLES,
): RankEligibility {
  const key = minimumKey(position);
  if (!key) {
    return { eligible: false, score: 0, required: null, actual: null, detail: 'Functional level not set' };
  }
  if (employee.employmentType === 'PPPK') {
    const required = tables.minGrade[key];
    const actual = employee.grade ?? null;
    if (!required) {
      return { eligible: false, score: 0, required: null, actual, detail: `${key} is not open to PPPK` };
    }
    if (!actual) return { eligible: false, score: 0, required, actual, detail: 'Grade not recorded' };
    const below = gradeOrder(required) - gradeOrder(actual);
    return result(required, actual, below, 'grade');
  }
  const required = tables.minRank[key];
  const actual = employee.rank ?? null;
  if (!actual) return { eligible: false, score: 0, required, actual, detail: 'Rank not recorded' };
  return result(required, actual, rankOrder(required) - rankOrder(actual), 'rank');
}

function result(required: string, actual: string, below: number, noun: string): RankEligibility {
  if (below <= 0) {
    return {
      eligible: true,
      score: 1,
      required,
      actual,
      detail: `${actual} meets minimum ${noun} ${required}`,
    };
  }
  const steps = below === 1 ? 'step' : 'steps';
  return {
    eligible: false,
    score: stepScore(below),
    required,
    actual,
    detail: `${actual} is ${below} ${steps} below minimum ${noun} ${required}`,
  };
}
