import type { EducationLevel, Grade, Rank } from '../personnel/vocabulary';
import type { CreateEmployeeInput } from '../schemas/employee-create';
import type { RoundKind } from './round';

/**
 * Hiring a selected applicant (issue 12 §4 `hireApplicant`): the personnel record made from the
 * application, once the admin has BKN's number for the new employee.
 */

/**
 * The starting rank (golongan/ruang) of a CPNS by the education the formasi asked for, as PP 99/2000
 * (amended by PP 12/2002) sets it: SD I/a, SMP I/c, SMA and D1 II/a, D2 II/b, D3 II/c, S1 and D4
 * III/a, S2 III/b, S3 III/c. ASN-RULES does not state it, so it is only the default the form
 * offers: the admin enters the rank of BKN's decision when it differs.
 */
export const CPNS_ENTRY_RANK: Readonly<Record<EducationLevel, Rank>> = {
  SD: 'I/a',
  SMP: 'I/c',
  SMA: 'II/a',
  D1: 'II/a',
  D2: 'II/b',
  D3: 'II/c',
  D4: 'III/a',
  S1: 'III/a',
  S2: 'III/b',
  S3: 'III/c',
};

/** What the hire takes from the application: the applicant's data as submitted. */
export interface HireApplicant {
  name: string;
  gender: 'L' | 'P';
  birthPlace: string;
  birthDate: string;
  email: string;
  phone: string;
  education: { level: EducationLevel; major: string; institution: string; graduationDate: string }[];
}

export interface HireFormation {
  agencyId: string;
  unitId: string;
  positionId: string;
}

export interface HireDecision {
  nip: string;
  /** TMT of the appointment: TMT CPNS for a CPNS; the start of the work agreement for a PPPK. */
  tmt: string;
  rank?: Rank;
  grade?: Grade;
}

/**
 * The createEmployee input of a hire. A CPNS gets the rank entered, or the entry rank of the highest
 * education the applicant holds; a PPPK's grade depends on the position, so it must be entered
 * (createEmployee's rules then answer 400 at `grade`). The employee's cross-field rules (the NIP
 * against the birth date, gender and TMT) run on the result as for any new employee.
 */
export function hiredEmployeeInput(
  kind: RoundKind,
  applicant: HireApplicant,
  formation: HireFormation,
  decision: HireDecision,
  educationOrder: readonly EducationLevel[],
): CreateEmployeeInput {
  const education = applicant.education.map((e) => ({
    level: e.level,
    major: e.major,
    institution: e.institution,
    graduationYear: Number(e.graduationDate.slice(0, 4)),
  }));
  const highest = [...applicant.education].sort(
    (a, b) => educationOrder.indexOf(b.level) - educationOrder.indexOf(a.level),
  )[0];
  const base = {
    nip: decision.nip,
    name: applicant.name,
    gender: applicant.gender,
    birthPlace: applicant.birthPlace,
    birthDate: applicant.birthDate,
    agencyId: formation.agencyId,
    unitId: formation.unitId,
    positionId: formation.positionId,
    education,
    ...(applicant.email ? { email: applicant.email } : {}),
    ...(/^\+?[0-9]{8,15}$/.test(applicant.phone) ? { phone: applicant.phone } : {}),
  };
  // A rank for a PPPK, or a grade for a CPNS, is passed on for createEmployee's rules to refuse.
  const given = {
    ...(decision.rank ? { rank: decision.rank } : {}),
    ...(decision.grade ? { grade: decision.grade } : {}),
  };
  if (kind === 'PPPK') return { ...base, ...given, employmentType: 'PPPK' };
  const rank = decision.rank ?? (highest ? CPNS_ENTRY_RANK[highest.level] : undefined);
  return { ...base, ...given, ...(rank ? { rank } : {}), employmentType: 'CPNS', tmtCpns: decision.tmt };
}
