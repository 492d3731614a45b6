import { DOCUMENT_EXTENSIONS } from '../documents/sniff';
import { validationError } from '../errors';
import { fullYearsBetween } from '../personnel/retirement';
import type { EmploymentType } from '../personnel/vocabulary';
import {
  calendarDays,
  DEFAULT_WORK_WEEK,
  type Holiday,
  type HolidayIndex,
  indexHolidays,
  lastDayOfPeriod,
  type Weekday,
  weekdayOf,
  workingDaysBetween,
} from './calendar';

/**
 * Leave (cuti) per PP 11/2017 as amended by PP 17/2020 (PNS, CPNS) and Perban BKN 24/2017 as amended;
 * PPPK per PP 49/2018 and Perban BKN 7/2022 (ASN-RULES §5). Every rule is a setting per employment
 * type (`LeavePolicy`), defaulting to the regulation.
 */

export const LEAVE_TYPES = [
  'TAHUNAN',
  'BESAR',
  'SAKIT',
  'MELAHIRKAN',
  'ALASAN_PENTING',
  'BERSAMA',
  'CLTN',
] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];

/** Reasons that make a leave "karena alasan penting" (PP 11/2017 as amended by PP 17/2020). */
export const IMPORTANT_REASONS = [
  'KELUARGA_SAKIT_KERAS',
  'KELUARGA_MENINGGAL',
  'MENIKAH',
  'ISTRI_MELAHIRKAN',
  'BENCANA',
] as const;
export type ImportantReason = (typeof IMPORTANT_REASONS)[number];

/** A length stated in months (and days), as the regulation states them. */
export interface Span {
  months: number;
  days?: number;
}

export interface CarryOverRule {
  /** Days of one year's unused right that reach the next year (18 - 12 = 6). */
  perYearMax: number;
  /** Days of a year deferred by the PYBMC that reach the next year (its whole right). */
  deferredMax: number;
  /** The total, current year included, after one unused year. */
  cap: number;
  /** The total after two or more consecutive unused years, or after a deferral. */
  capAfterTwoUnused: number;
}

export interface LeavePolicy {
  types: readonly LeaveType[];
  /** Working days of annual leave a year. */
  annualDays: number;
  /** Whether a cuti bersama day costs a day of annual leave (PPPK yes, PNS no). */
  cutiBersamaReducesAnnual: boolean;
  /** Null: unused annual leave is lost at the year's end. */
  carryOver: CarryOverRule | null;
  /** Completed years of continuous service before a type may be taken. */
  minServiceYears: Partial<Record<LeaveType, number>>;
  /** Years between two cuti besar (its 5 years of service count from the previous one). */
  besarIntervalYears: number;
  /** Maternity leave for the 1st to the nth child; later children take cuti besar (PNS). */
  maternityMaxChildOrder: number | null;
  limits: {
    besar: Span;
    sick: Span;
    sickExtension: Span;
    sickMiscarriage: Span;
    maternity: Span;
    importantReasons: Span;
    cltn: Span;
    cltnExtension: Span;
  };
}

/** PP 11/2017 jo. PP 17/2020 limits, shared by PNS and the types PPPK have. */
const LIMITS: LeavePolicy['limits'] = {
  besar: { months: 3 },
  sick: { months: 12 },
  sickExtension: { months: 6 },
  sickMiscarriage: { months: 1, days: 15 },
  maternity: { months: 3 },
  importantReasons: { months: 1 },
  cltn: { months: 36 },
  cltnExtension: { months: 12 },
};

/** PP 11/2017 art. 312-313: 12 days; 18 days with one year carried over, 24 after two or more, or a deferral. */
const PNS_CARRY_OVER: CarryOverRule = { perYearMax: 6, deferredMax: 12, cap: 18, capAfterTwoUnused: 24 };

const PNS_POLICY: LeavePolicy = {
  types: ['TAHUNAN', 'BESAR', 'SAKIT', 'MELAHIRKAN', 'ALASAN_PENTING', 'BERSAMA', 'CLTN'],
  annualDays: 12,
  cutiBersamaReducesAnnual: false,
  carryOver: PNS_CARRY_OVER,
  minServiceYears: { TAHUNAN: 1, BESAR: 5, CLTN: 5 },
  besarIntervalYears: 5,
  maternityMaxChildOrder: 3,
  limits: LIMITS,
};

/**
 * The default policy per employment type.
 * - PNS: the seven types of PP 11/2017.
 * - CPNS: PP 11/2017 gives a CPNS annual leave after 1 year, sick, maternity, important-reason and
 *   collective leave; cuti besar and CLTN need 5 years, which a CPNS never has.
 * - PPPK (Perban BKN 7/2022): four types; cuti bersama reduces annual leave. The carry-over rule is the
 *   PNS one until a tenant sets otherwise: ASN-RULES §5 names no difference.
 */
export const DEFAULT_LEAVE_POLICIES: Record<EmploymentType, LeavePolicy> = {
  PNS: PNS_POLICY,
  CPNS: { ...PNS_POLICY, types: ['TAHUNAN', 'SAKIT', 'MELAHIRKAN', 'ALASAN_PENTING', 'BERSAMA'] },
  PPPK: {
    ...PNS_POLICY,
    types: ['TAHUNAN', 'SAKIT', 'MELAHIRKAN', 'BERSAMA'],
    cutiBersamaReducesAnnual: true,
    minServiceYears: { TAHUNAN: 1 },
  },
};

export interface LeaveDaysOptions {
  workWeek?: readonly Weekday[];
}

/**
 * The working days a leave covers: weekends and every tenant holiday (cuti bersama included) are
 * excluded, for PNS and PPPK alike. A cuti bersama day is a day off for everyone; what it costs a
 * PPPK is charged once, by `cutiBersamaDebits`, so a PPPK on annual leave across one pays it once.
 */
export function leaveWorkingDays(
  startDate: string,
  endDate: string,
  holidays: HolidayIndex,
  opts: LeaveDaysOptions = {},
): string[] {
  return workingDaysBetween(startDate, endDate, holidays, opts);
}

/**
 * The cuti bersama days of a year that cost annual leave under a policy: none for PNS (PP 11/2017:
 * cuti bersama does not reduce annual leave), every one on a worked weekday for PPPK (Perban BKN
 * 7/2022).
 */
export function cutiBersamaDebits(
  holidays: readonly Holiday[],
  year: number,
  policy: Pick<LeavePolicy, 'cutiBersamaReducesAnnual'>,
  opts: LeaveDaysOptions = {},
): string[] {
  if (!policy.cutiBersamaReducesAnnual) return [];
  const week = opts.workWeek ?? DEFAULT_WORK_WEEK;
  return holidays
    .filter(
      (h) => h.kind === 'cuti-bersama' && h.date.startsWith(`${year}-`) && week.includes(weekdayOf(h.date)),
    )
    .map((h) => h.date)
    .sort();
}

export type SickDocument = 'note-to-superior' | 'doctor' | 'government-doctor';
const SICK_DOCUMENT_RANK: Record<SickDocument, number> = {
  'note-to-superior': 0,
  doctor: 1,
  'government-doctor': 2,
};

/**
 * The document a sick leave needs by its length in calendar days (PP 11/2017 art. 321-323): 1 day, a
 * note to the direct superior; 2-14 days, a doctor's note; over 14, a government doctor's note.
 */
export function requiredSickDocument(days: number): SickDocument {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`a sick leave lasts ≥ 1 day, got ${days}`);
  if (days === 1) return 'note-to-superior';
  return days <= 14 ? 'doctor' : 'government-doctor';
}

export interface LeaveRequestFacts {
  employmentType: EmploymentType;
  type: LeaveType;
  startDate: string;
  endDate: string;
  /** TMT CPNS, or TMT PPPK: continuous service counts from it. */
  serviceStartDate: string;
  /** Type-specific facts. */
  sickDocument?: SickDocument | null;
  /** The health board's statement extends sick leave by 6 months. */
  healthBoardExtension?: boolean;
  miscarriage?: boolean;
  /** The birth order of the child among those born while the employee was PNS. */
  childOrder?: number | null;
  /** Cuti besar for a first hajj: the 5 years of service are not needed. */
  firstHajj?: boolean;
  /** Start of the employee's last cuti besar, if any. */
  lastBesarStartDate?: string | null;
  importantReason?: ImportantReason | null;
  /** BKN's approval reference for CLTN. */
  bknApprovalRef?: string | null;
  cltnExtension?: boolean;
  /** A cuti besar was taken (or is approved) in the start's year: no annual leave that year. */
  besarInYear?: boolean;
  /** Annual leave left now (`annualBalance(...).available`), for TAHUNAN. */
  annualAvailable?: number;
  /** Documents attached (a doctor's note); checked for sick leave when given. */
  attachmentCount?: number;
}

/**
 * What a leave request may carry (a doctor's note, a BKN letter): PDF or a photo, 4 MB each, 5 at
 * most. 4 MB because opening one returns it through the function, base64-encoded, and Lambda answers
 * at most 6 MB (5 MB was 6.7 MB encoded: such a file could be uploaded but never opened).
 */
export const LEAVE_ATTACHMENT_TYPES = DOCUMENT_EXTENSIONS;
export type LeaveAttachmentType = keyof typeof LEAVE_ATTACHMENT_TYPES;
export const MAX_LEAVE_ATTACHMENT_BYTES = 4 * 1024 * 1024;
export const MAX_LEAVE_ATTACHMENTS = 5;

export interface LeaveViolation {
  /** A stable name of the rule, for the UI and the error. */
  rule: string;
  path: string;
  message: string;
}

export interface LeaveCheck {
  workingDays: number;
  calendarDays: number;
  violations: LeaveViolation[];
}

const withinSpan = (startDate: string, endDate: string, span: Span): boolean =>
  endDate <= lastDayOfPeriod(startDate, span.months, span.days ?? 0);
const spanText = (s: Span) =>
  `${s.months} month${s.months === 1 ? '' : 's'}${s.days ? ` ${s.days} days` : ''}`;

/**
 * Checks a leave request against the rules of its type and employment type. Returns every broken
 * rule (not just the first), with the working and calendar days it covers.
 */
export function checkLeaveRequest(
  f: LeaveRequestFacts,
  holidays: HolidayIndex,
  policy: LeavePolicy = DEFAULT_LEAVE_POLICIES[f.employmentType],
  opts: LeaveDaysOptions = {},
): LeaveCheck {
  const v: LeaveViolation[] = [];
  const add = (rule: string, path: string, message: string) => v.push({ rule, path, message });
  if (f.endDate < f.startDate) {
    add('end-before-start', 'endDate', 'cannot be before startDate');
    return { workingDays: 0, calendarDays: 0, violations: v };
  }
  const days = calendarDays(f.startDate, f.endDate);
  const workingDays = leaveWorkingDays(f.startDate, f.endDate, holidays, opts).length;

  if (!policy.types.includes(f.type)) {
    add('type-not-available', 'type', `${f.employmentType} has no ${f.type} leave`);
    return { workingDays, calendarDays: days, violations: v };
  }
  if (f.type === 'BERSAMA') {
    add('bersama-not-requestable', 'type', 'cuti bersama is set by presidential decree, not requested');
    return { workingDays, calendarDays: days, violations: v };
  }
  if (workingDays === 0) add('no-working-days', 'endDate', 'the leave covers no working day');

  const service = fullYearsBetween(f.serviceStartDate, f.startDate);
  const minService = policy.minServiceYears[f.type] ?? 0;
  const hajjException = f.type === 'BESAR' && f.firstHajj === true;
  if (service < minService && !hajjException) {
    add(
      'min-service',
      'startDate',
      `${f.type} needs ${minService} years of continuous service; there are ${service}`,
    );
  }

  switch (f.type) {
    case 'TAHUNAN': {
      if (f.startDate.slice(0, 4) !== f.endDate.slice(0, 4)) {
        add(
          'annual-crosses-year',
          'endDate',
          'annual leave is taken from one year’s balance; split it at 31 December',
        );
      }
      if (f.besarInYear)
        add('annual-in-besar-year', 'type', 'no annual leave in a year in which cuti besar is taken');
      if (f.annualAvailable !== undefined && workingDays > f.annualAvailable) {
        add('annual-balance', 'endDate', `${workingDays} working days asked, ${f.annualAvailable} left`);
      }
      break;
    }
    case 'BESAR': {
      if (!withinSpan(f.startDate, f.endDate, policy.limits.besar))
        add('besar-max', 'endDate', `cuti besar lasts at most ${spanText(policy.limits.besar)}`);
      if (
        !hajjException &&
        f.lastBesarStartDate &&
        fullYearsBetween(f.lastBesarStartDate, f.startDate) < policy.besarIntervalYears
      ) {
        add(
          'besar-interval',
          'startDate',
          `${policy.besarIntervalYears} years must pass since the last cuti besar`,
        );
      }
      break;
    }
    case 'SAKIT': {
      if (f.miscarriage) {
        if (!withinSpan(f.startDate, f.endDate, policy.limits.sickMiscarriage))
          add(
            'sick-miscarriage-max',
            'endDate',
            `at most ${spanText(policy.limits.sickMiscarriage)} after a miscarriage`,
          );
        if (!f.sickDocument || SICK_DOCUMENT_RANK[f.sickDocument] < SICK_DOCUMENT_RANK.doctor)
          add('sick-document', 'sickDocument', 'needs a note from a doctor or midwife');
        break;
      }
      const max: Span = f.healthBoardExtension
        ? { months: policy.limits.sick.months + policy.limits.sickExtension.months }
        : policy.limits.sick;
      if (!withinSpan(f.startDate, f.endDate, max))
        add(
          'sick-max',
          'endDate',
          `sick leave lasts at most ${spanText(max)}${f.healthBoardExtension ? '' : ' without the health board'}`,
        );
      const need = requiredSickDocument(days);
      const have = f.sickDocument ?? 'note-to-superior';
      if (SICK_DOCUMENT_RANK[have] < SICK_DOCUMENT_RANK[need]) {
        add(
          'sick-document',
          'sickDocument',
          `${days} days of sick leave need a ${need === 'doctor' ? "doctor's" : "government doctor's"} note`,
        );
      }
      if (need !== 'note-to-superior' && f.attachmentCount === 0)
        add('sick-attachment', 'attachments', "attach the doctor's note (PDF or a photo)");
      break;
    }
    case 'MELAHIRKAN': {
      if (!withinSpan(f.startDate, f.endDate, policy.limits.maternity))
        add('maternity-max', 'endDate', `maternity leave lasts at most ${spanText(policy.limits.maternity)}`);
      if (!f.childOrder || f.childOrder < 1) add('maternity-child-order', 'childOrder', 'is required');
      else if (policy.maternityMaxChildOrder !== null && f.childOrder > policy.maternityMaxChildOrder) {
        add(
          'maternity-child-order',
          'childOrder',
          policy.types.includes('BESAR')
            ? `maternity leave covers the 1st to ${policy.maternityMaxChildOrder}rd child; take cuti besar`
            : `maternity leave covers the 1st to ${policy.maternityMaxChildOrder}rd child`,
        );
      }
      break;
    }
    case 'ALASAN_PENTING': {
      if (!f.importantReason) add('important-reason', 'importantReason', 'is required');
      if (!withinSpan(f.startDate, f.endDate, policy.limits.importantReasons))
        add('important-reasons-max', 'endDate', `lasts at most ${spanText(policy.limits.importantReasons)}`);
      break;
    }
    case 'CLTN': {
      if (!f.bknApprovalRef?.trim())
        add('cltn-bkn-approval', 'bknApprovalRef', 'CLTN needs BKN’s approval reference');
      const max = f.cltnExtension ? policy.limits.cltnExtension : policy.limits.cltn;
      if (!withinSpan(f.startDate, f.endDate, max))
        add(
          'cltn-max',
          'endDate',
          `${f.cltnExtension ? 'an extension of ' : ''}CLTN lasts at most ${spanText(max)}`,
        );
      break;
    }
  }
  return { workingDays, calendarDays: days, violations: v };
}

/** `checkLeaveRequest`, throwing 400 that names every broken rule. */
export function assertLeaveRequest(
  f: LeaveRequestFacts,
  holidays: HolidayIndex,
  policy?: LeavePolicy,
  opts?: LeaveDaysOptions,
): LeaveCheck {
  const check = checkLeaveRequest(f, holidays, policy, opts);
  if (check.violations.length > 0) {
    throw validationError(
      check.violations.map(({ path, message, rule }) => ({ path, message: `${message} (${rule})` })),
      `The leave request breaks: ${[...new Set(check.violations.map((x) => x.rule))].join(', ')}.`,
    );
  }
  return check;
}

export interface HolidayChange {
  date: string;
  change: 'added' | 'removed';
  name: string;
  kind: Holiday['kind'];
}

export interface LeaveDaysRecount {
  before: number;
  after: number;
  /** Working days the request gains (negative: days returned). */
  deltaDays: number;
  /** Annual balance to give back (positive) or take (negative); 0 for types without a balance. */
  balanceDelta: number;
  changes: HolidayChange[];
  /** For the ledger and the audit log. */
  reason: string;
}

/**
 * A holiday added or removed after a leave was approved changes the working days it covers (issue 13
 * §1). Recounts one request against the new calendar; for annual leave, the difference goes to the
 * balance with its reason.
 */
export function recountLeaveDays(
  request: { type: LeaveType; startDate: string; endDate: string },
  before: readonly Holiday[],
  after: readonly Holiday[],
  opts: LeaveDaysOptions = {},
): LeaveDaysRecount {
  const b = indexHolidays(before);
  const a = indexHolidays(after);
  const daysBefore = leaveWorkingDays(request.startDate, request.endDate, b, opts);
  const daysAfter = leaveWorkingDays(request.startDate, request.endDate, a, opts);
  const changes: HolidayChange[] = [];
  for (const d of new Set([...daysBefore, ...daysAfter])) {
    const inBefore = daysBefore.includes(d);
    const inAfter = daysAfter.includes(d);
    if (inBefore && !inAfter)
      changes.push({ date: d, change: 'added', name: a.get(d)!.name, kind: a.get(d)!.kind });
    if (!inBefore && inAfter)
      changes.push({ date: d, change: 'removed', name: b.get(d)!.name, kind: b.get(d)!.kind });
  }
  changes.sort((x, y) => (x.date < y.date ? -1 : 1));
  const deltaDays = daysAfter.length - daysBefore.length;
  const balanceDelta = request.type === 'TAHUNAN' ? -deltaDays : 0;
  const reason =
    changes.length === 0
      ? 'no change'
      : changes.map((c) => `holiday ${c.change} ${c.date} (${c.name})`).join('; ') +
        `: ${daysBefore.length} → ${daysAfter.length} working days`;
  return { before: daysBefore.length, after: daysAfter.length, deltaDays, balanceDelta, changes, reason };
}

/** For PPPK: how the year's cuti bersama debit changes with a new calendar (positive: more taken). */
export function cutiBersamaDebitDelta(
  before: readonly Holiday[],
  after: readonly Holiday[],
  year: number,
  policy: Pick<LeavePolicy, 'cutiBersamaReducesAnnual'>,
  opts: LeaveDaysOptions = {},
): { added: string[]; removed: string[]; delta: number } {
  const b = cutiBersamaDebits(before, year, policy, opts);
  const a = cutiBersamaDebits(after, year, policy, opts);
  const added = a.filter((d) => !b.includes(d));
  const removed = b.filter((d) => !a.includes(d));
  return { added, removed, delta: added.length - removed.length };
}

/** Whether a leave type draws on the annual balance. */
export const drawsAnnualBalance = (type: LeaveType): boolean => type === 'TAHUNAN';

/** An employment type's policy with a tenant's overrides laid over the regulation's defaults. */
export function leavePolicyOf(
  employmentType: EmploymentType,
  overrides: Partial<Omit<LeavePolicy, 'limits'>> & { limits?: Partial<LeavePolicy['limits']> } = {},
): LeavePolicy {
  const base = DEFAULT_LEAVE_POLICIES[employmentType];
  const defined = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as Partial<T>;
  return {
    ...base,
    ...defined(overrides),
    minServiceYears: { ...base.minServiceYears, ...defined(overrides.minServiceYears ?? {}) },
    limits: { ...base.limits, ...defined(overrides.limits ?? {}) },
  };
}
