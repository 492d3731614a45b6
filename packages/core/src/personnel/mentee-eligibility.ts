import { isNewEmployee, NEW_EMPLOYEE_YEARS } from './mentoring';
import type { EmploymentType } from './vocabulary';

/**
 * Whether an employee may be given mentor suggestions, and why: the same rule as isNewEmployee
 * (mentoring.ts), said in a form a page can show before it asks for suggestions.
 * - `cpns`: a CPNS is in probation, so always new.
 * - `first-years`: a PNS (from TMT CPNS, else the start date) or a PPPK (from the contract start) in
 *   their first NEW_EMPLOYEE_YEARS completed years of service.
 * - `established`: past those years: not new.
 * - `no-start-date`: a PNS or PPPK without the date the years count from: not treated as new, so
 *   incomplete records do not flood the mentoring list.
 */
export const MENTEE_ELIGIBILITY_REASONS = ['cpns', 'first-years', 'established', 'no-start-date'] as const;
export type MenteeEligibilityReason = (typeof MENTEE_ELIGIBILITY_REASONS)[number];

export interface MenteeEligibility {
  eligible: boolean;
  reason: MenteeEligibilityReason;
  /** The date the years of service count from; null for a CPNS and when it is not recorded. */
  countedFrom: string | null;
  /**
   * The first day the employee no longer counts as new (countedFrom + NEW_EMPLOYEE_YEARS years; a
   * 29 February start completes its years on 1 March in a common year). Null when there is no
   * countedFrom: a CPNS stays new until appointed PNS, whatever the date.
   */
  newUntil: string | null;
}

export interface MenteeRecord {
  employmentType: EmploymentType;
  tmtCpns?: string | null;
  startDate?: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `date` plus whole years; 29 February lands on 1 March in a common year. */
function plusYears(date: string, years: number): string {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const y = Number(m[1]) + years;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo === 2 && d === 29 && !isLeap(y)) return `${pad(y, 4)}-03-01`;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
}

/** The start the rule counts from: TMT CPNS (else the start date) for a PNS, the start date for a PPPK. */
function countedFromOf(e: MenteeRecord): string | null {
  if (e.employmentType === 'CPNS') return null;
  const start = e.employmentType === 'PPPK' ? e.startDate : (e.tmtCpns ?? e.startDate);
  return start || null;
}

/** `eligible` is always isNewEmployee(e, today); the rest says why and until when. */
export function menteeEligibility(e: MenteeRecord, today: string): MenteeEligibility {
  const eligible = isNewEmployee(e, today);
  if (e.employmentType === 'CPNS') return { eligible, reason: 'cpns', countedFrom: null, newUntil: null };
  const countedFrom = countedFromOf(e);
  if (!countedFrom) return { eligible, reason: 'no-start-date', countedFrom: null, newUntil: null };
  return {
    eligible,
    reason: eligible ? 'first-years' : 'established',
    countedFrom,
    newUntil: plusYears(countedFrom, NEW_EMPLOYEE_YEARS),
  };
}

/** The problem detail when suggestions are asked for an employee who is not new (English; the web translates). */
export function notNewEmployeeDetail(eligibility: MenteeEligibility): string {
  const rule = `Mentor suggestions are for new employees (CPNS, or PNS/PPPK in their first ${NEW_EMPLOYEE_YEARS} years of service)`;
  if (eligibility.reason === 'no-start-date')
    return `${rule}; this employee has no TMT CPNS or start date recorded, so they do not count as new.`;
  return `${rule}; this employee is not new (no longer new since ${eligibility.newUntil}).`;
}
