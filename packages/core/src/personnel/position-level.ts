import type { FunctionalLevel, PositionType } from './vocabulary';

/**
 * How senior a position is, to tell when a placement would be a step down (issue 11 B15: the
 * current Kepala Dinas ranked second for a Puskesmas head post).
 *
 * One ordinal scale for all positions, so a structural and a functional position compare too:
 * - structural positions by eselon: PELAKSANA < PENGAWAS (formerly eselon IV) < ADMINISTRATOR
 *   (formerly III) < JPT_PRATAMA (II) < JPT_MADYA (I) < JPT_UTAMA;
 * - functional positions by jenjang within their track: PEMULA < TERAMPIL < MAHIR < PENYELIA
 *   (keterampilan) and AHLI_PERTAMA < AHLI_MUDA < AHLI_MADYA < AHLI_UTAMA (keahlian);
 * - across them: PENGAWAS = AHLI_MUDA and ADMINISTRATOR = AHLI_MADYA, as in the penyetaraan jabatan
 *   of PermenPANRB 17/2021 (administration posts converted to functional ones at those jenjang);
 *   the rest by their usual kelas jabatan: PELAKSANA = TERAMPIL, PENYELIA = AHLI_PERTAMA,
 *   JPT_PRATAMA = AHLI_UTAMA. These cross-track equalities are a judgement, not a regulation.
 *
 * The kelas jabatan of the positions themselves (positionClass) is not used: it is set by each
 * region's job evaluation and does not say eselon or jenjang.
 */
export const POSITION_LEVEL: Readonly<Record<Exclude<PositionType, 'FUNGSIONAL'> | FunctionalLevel, number>> =
  {
    PEMULA: 1,
    PELAKSANA: 2,
    TERAMPIL: 2,
    MAHIR: 3,
    PENYELIA: 4,
    AHLI_PERTAMA: 4,
    PENGAWAS: 5,
    AHLI_MUDA: 5,
    ADMINISTRATOR: 6,
    AHLI_MADYA: 6,
    JPT_PRATAMA: 7,
    AHLI_UTAMA: 7,
    JPT_MADYA: 8,
    JPT_UTAMA: 9,
  };

export interface PositionLevelInput {
  type: PositionType;
  functionalLevel?: FunctionalLevel | null;
}

/** The position's name on the scale: its type, or its jenjang for a functional one (null without one). */
export function positionLevelKey(p: PositionLevelInput): keyof typeof POSITION_LEVEL | null {
  if (p.type !== 'FUNGSIONAL') return p.type;
  return p.functionalLevel ?? null;
}

/** The position's level on POSITION_LEVEL's scale; null for a functional position without a jenjang. */
export function positionLevel(p: PositionLevelInput): number | null {
  const key = positionLevelKey(p);
  return key ? POSITION_LEVEL[key] : null;
}

export interface StepDown {
  stepDown: boolean;
  /** Why it is a step down (English, like the factor details); null when it is not one. */
  reason: string | null;
}

const NOT_A_STEP_DOWN: StepDown = { stepDown: false, reason: null };

/**
 * Whether moving from `current` to `target` lowers the employee's level. Not a step down when the
 * employee holds no position or either level is unknown (a functional position without a jenjang):
 * nothing is claimed without the facts.
 */
export function stepDownOf(
  target: PositionLevelInput,
  current: PositionLevelInput | null | undefined,
): StepDown {
  if (!current) return NOT_A_STEP_DOWN;
  const to = positionLevel(target);
  const from = positionLevel(current);
  if (to === null || from === null || to >= from) return NOT_A_STEP_DOWN;
  const fromKey = positionLevelKey(current)!;
  const toKey = positionLevelKey(target)!;
  const scale = current.type === 'FUNGSIONAL' && target.type === 'FUNGSIONAL' ? 'jenjang' : 'level';
  return {
    stepDown: true,
    reason: `step down: current position ${fromKey} is a higher ${scale} than ${toKey} (${from - to} ${from - to === 1 ? 'step' : 'steps'} lower)`,
  };
}
