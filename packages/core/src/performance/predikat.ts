import { conflict } from '../errors';
import { PREDIKATS, type Predikat } from '../personnel/placement';

/**
 * Ratings and the predikat kinerja (ASN-RULES §4, PermenPANRB 6/2022).
 *
 * Sources and what could be checked:
 * - ASN-RULES §4 gives the 3×3 matrix below and asks for it to be checked against the annex. The
 *   regulation's annex itself was not reachable from this workspace; no stored page reproduced the
 *   matrix. The default is therefore ASN-RULES §4 as written, NOT verified against the annex. It is
 *   a tenant setting, so a tenant can correct a cell without a release.
 * - That a unit head's hasil-kerja rating is their unit's own result is confirmed by
 *   https://postingnews.id/amp/11905/aturan-baru-pns-tidak-bisa-lagi-kerja-santai-sudah-mulai-dalam-pengawasan-ketat/16
 *   ("Apabila pimpinan organisasi adalah pegawai yang dievaluasi, maka capaian kinerja satuan
 *   organisasi yang dipimpin ditetapkan sebagai rating hasil kerja pegawai yang bersangkutan").
 *   The page does not give the mapping from the five organisation predikats to the three ratings;
 *   DEFAULT_UNIT_HEAD_HASIL_KERJA (Istimewa above, Baik meets, the rest below) is the reading of
 *   the annex as commonly applied and is NOT verified. It is a tenant setting too.
 */

/** A rating of hasil kerja or perilaku kerja: di atas / sesuai / di bawah ekspektasi. */
export const RATINGS = ['above', 'meets', 'below'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  above: 'Di atas ekspektasi',
  meets: 'Sesuai ekspektasi',
  below: 'Di bawah ekspektasi',
};

/** The labels of the employee predikats (PREDIKATS lives in personnel/placement.ts, best first). */
export const PREDIKAT_LABELS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** An organisation's (agency's or unit's) predikat kinerja, best first. */
export const ORG_PREDIKATS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrgPredikat = (typeof ORG_PREDIKATS)[number];

export const ORG_PREDIKAT_LABELS: Readonly<Record<OrgPredikat, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** matrix[hasilKerja][perilaku] → predikat. */
export type PredikatMatrix = Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>>;

/** ASN-RULES §4 (see the note at the top: not verified against the annex). */
export const DEFAULT_PREDIKAT_MATRIX: PredikatMatrix = {
  above: { above: 'SANGAT_BAIK', meets: 'BAIK', below: 'KURANG' },
  meets: { above: 'BAIK', meets: 'BAIK', below: 'KURANG' },
  below: { above: 'BUTUH_PERBAIKAN', meets: 'BUTUH_PERBAIKAN', below: 'SANGAT_KURANG' },
};

export function predikatOf(
  hasilKerja: Rating,
  perilaku: Rating,
  matrix: PredikatMatrix = DEFAULT_PREDIKAT_MATRIX,
): Predikat {
  const p = matrix[hasilKerja]?.[perilaku];
  if (!p) throw new RangeError(`no predikat for hasil kerja ${hasilKerja} × perilaku ${perilaku}`);
  return p;
}

/**
 * Cells that give a worse predikat than a cell one rating lower (order: PREDIKATS, best first), as
 * paths `hasilKerja.perilaku`. A tenant's matrix must have none: raising either rating never
 * lowers the predikat. The default has none.
 */
export function matrixMonotonicityIssues(matrix: PredikatMatrix): string[] {
  const rank = (h: number, b: number) => PREDIKATS.indexOf(matrix[RATINGS[h]!][RATINGS[b]!]);
  const issues: string[] = [];
  const last = RATINGS.length - 1;
  for (let h = 0; h <= last; h++)
    for (let b = 0; b <= last; b++) {
      const here = rank(h, b);
      if ((h < last && rank(h + 1, b) < here) || (b < last && rank(h, b + 1) < here))
        issues.push(`${RATINGS[h]}.${RATINGS[b]}`);
    }
  return issues;
}

/** A unit head's hasil-kerja rating from their unit's predikat (see the note at the top). */
export type UnitHeadMapping = Readonly<Record<OrgPredikat, Rating>>;

export const DEFAULT_UNIT_HEAD_HASIL_KERJA: UnitHeadMapping = {
  ISTIMEWA: 'above',
  BAIK: 'meets',
  BUTUH_PERBAIKAN: 'below',
  KURANG: 'below',
  SANGAT_KURANG: 'below',
};

export const unitHeadHasilKerja = (
  org: OrgPredikat,
  mapping: UnitHeadMapping = DEFAULT_UNIT_HEAD_HASIL_KERJA,
) => mapping[org];

export interface AssessmentInput {
  /** The appraiser's hasil-kerja rating; ignored for a unit head, whose rating is the unit's. */
  hasilKerja: Rating;
  perilaku: Rating;
  /**
   * Set when the assessee heads an organisation: its predikat for the period, null when it has not
   * been rated yet.
   */
  headOf?: { orgPredikat: OrgPredikat | null } | null;
}

export interface AssessmentOutcome {
  hasilKerja: Rating;
  perilaku: Rating;
  predikat: Predikat;
  /** Where the hasil-kerja rating came from. */
  hasilKerjaFrom: 'appraiser' | 'organisation';
}

/**
 * The predikat of an assessment. A unit head's hasil kerja follows the unit's rating, whatever the
 * appraiser typed; an unrated unit answers 409 (rate the organisation first).
 */
export function assessmentOutcome(
  input: AssessmentInput,
  settings: { matrix?: PredikatMatrix; unitHeadMapping?: UnitHeadMapping } = {},
): AssessmentOutcome {
  let hasilKerja = input.hasilKerja;
  let hasilKerjaFrom: AssessmentOutcome['hasilKerjaFrom'] = 'appraiser';
  if (input.headOf) {
    if (!input.headOf.orgPredikat)
      throw conflict('The assessee heads an organisation that has no rating for this period. Rate it first.');
    hasilKerja = unitHeadHasilKerja(input.headOf.orgPredikat, settings.unitHeadMapping);
    hasilKerjaFrom = 'organisation';
  }
  return {
    hasilKerja,
    perilaku: input.perilaku,
    predikat: predikatOf(hasilKerja, input.perilaku, settings.matrix),
    hasilKerjaFrom,
  };
}
