import { bupAge, retirementDate } from './retirement';
import { type EducationLevel, type FunctionalLevel, highestEducation, type PositionType } from './vocabulary';

/**
 * The per-agency headcount aggregate (the dashboard's one read): who counts, and under which
 * attributes. Kept by `ADD` in every employee transaction, so these two rules decide what the
 * dashboard shows and what a recount must reproduce.
 */

/** An employee counts while AKTIF or CLTN (on leave outside the state budget, still an ASN). */
export const countsInHeadcount = (status: string): boolean => status === 'AKTIF' || status === 'CLTN';

/** The aggregate's attributes one employee adds 1 to. */
export function headcountAttributes(e: {
  employmentType: string;
  gender: string;
  rank?: string | null;
  grade?: string | null;
  education: readonly { level: EducationLevel }[];
  birthDate: string;
  retirementDate: string;
}): string[] {
  const top = highestEducation(e.education);
  return [
    'total',
    `type#${e.employmentType}`,
    `gender#${e.gender}`,
    e.rank ? `rank#${e.rank}` : `grade#${e.grade}`,
    `edu#${top ?? 'NONE'}`,
    `birth#${e.birthDate.slice(0, 7)}`,
    `retire#${e.retirementDate.slice(0, 7)}`,
  ];
}

/** BUP and retirement date follow the position type and level; recomputed on every write. */
export function retirementOf(e: {
  birthDate: string;
  positionType?: PositionType | null;
  functionalLevel?: FunctionalLevel | null;
}): { bup: number; retirementDate: string } {
  const bup = bupAge(e.positionType ?? null, e.functionalLevel ?? null);
  return { bup, retirementDate: retirementDate(e.birthDate, bup) };
}
