import type { EmploymentType } from './vocabulary';

/** Employees count as new for mentoring until they complete this many years of service. */
export const NEW_EMPLOYEE_YEARS = 2;

export interface CompetencyLevel {
  code: string;
  level: number;
}

export interface Mentor {
  employeeId: string;
  agencyId: string;
  offeredCompetencies: CompetencyLevel[];
  capacity: number;
  activeMentees: number;
}

export interface Mentee {
  employeeId: string;
  agencyId: string;
  competencies: CompetencyLevel[];
  /** Codes the mentee wants to grow, e.g. their position's requirements. */
  neededCompetencies: string[];
}

export interface MentorMatch {
  employeeId: string;
  /** Share (0..1) of the target codes this mentor can grow; see rankMentors. */
  score: number;
  factors: { overlap: number; sameAgency: boolean; freeCapacity: number };
  matched: string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: string): [number, number, number] {
  const m = DATE.exec(value);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${value}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Whole years from `from` to `to`; a year completes on the same month and day. Kept local rather than
 * shared with retirement.ts, which is owned and changed separately.
 */
function completedYears(from: string, to: string): number {
  const [fy, fm, fd] = parseDate(from);
  const [ty, tm, td] = parseDate(to);
  const years = ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
  return Math.max(0, years);
}

/**
 * CPNS are always new (still in probation). Others are new for their first two completed years, counted
 * from TMT CPNS for PNS and from the contract start for PPPK. Without a start date the employee is not
 * treated as new, so incomplete records do not flood the mentoring list.
 */
export function isNewEmployee(
  e: { employmentType: EmploymentType; tmtCpns?: string | null; startDate?: string | null },
  today: string,
): boolean {
  if (e.employmentType === 'CPNS') return true;
  const start = e.employmentType === 'PPPK' ? e.startDate : (e.tmtCpns ?? e.startDate);
  if (!start) return false;
  return completedYears(start, today) < NEW_EMPLOYEE_YEARS;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function levels(list: readonly CompetencyLevel[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of list) map.set(c.code, Math.max(map.get(c.code) ?? Number.NEGATIVE_INFINITY, c.level));
  return map;
}

/**
 * Mentors for a mentee, best first. The mentee themself and full mentors (activeMentees >= capacity) are
 * left out; mentors with no overlap stay in, last, so a small agency still sees someone.
 * - Target codes: the mentee's needed codes, or when none are stated every code some mentor offers.
 * - matched: target codes the mentor offers above the mentee's own level (absent = 0); overlap = count.
 * - score: overlap / the number of distinct needed codes; without stated needs, overlap / the number of
 *   codes any available mentor can grow (0 when none). The denominator is the same for every mentor, so
 *   the score follows the overlap order.
 * - Order: overlap desc, same agency first, free capacity desc, employeeId asc.
 */
export function rankMentors(mentee: Mentee, mentors: readonly Mentor[]): MentorMatch[] {
  const own = levels(mentee.competencies);
  const ownLevel = (code: string): number => own.get(code) ?? 0;
  const available = mentors.filter((m) => m.employeeId !== mentee.employeeId && m.activeMentees < m.capacity);
  const explicit = mentee.neededCompetencies.length > 0;
  const needed = new Set(mentee.neededCompetencies);
  const growable = new Set<string>();
  const matches = available.map((m) => {
    const offered = levels(m.offeredCompetencies);
    const targets = explicit ? needed : offered.keys();
    const matched = [...targets]
      .filter((code) => (offered.get(code) ?? Number.NEGATIVE_INFINITY) > ownLevel(code))
      .sort(byString);
    for (const code of matched) growable.add(code);
    return { mentor: m, matched };
  });
  const denominator = explicit ? needed.size : growable.size;
  return matches
    .map(({ mentor, matched }) => ({
      employeeId: mentor.employeeId,
      score: denominator === 0 ? 0 : matched.length / denominator,
      factors: {
        overlap: matched.length,
        sameAgency: mentor.agencyId === mentee.agencyId,
        freeCapacity: mentor.capacity - mentor.activeMentees,
      },
      matched,
    }))
    .sort(
      (a, b) =>
        b.factors.overlap - a.factors.overlap ||
        Number(b.factors.sameAgency) - Number(a.factors.sameAgency) ||
        b.factors.freeCapacity - a.factors.freeCapacity ||
        byString(a.employeeId, b.employeeId),
    );
}
