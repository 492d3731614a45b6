import type { ShiftInstance } from './schedule';

/**
 * Punch evaluation and the monthly recap with its TPP deduction (ASN-RULES §6; the table is a common
 * regional scheme, so it is a tenant table with these defaults).
 *
 * Exact arithmetic: every percentage is held as an integer number of basis points (1 bp = 0.01 %), so
 * 0.5 %, 1.25 % and 5 % add up without float drift; the only rounding is the final rupiah amount.
 */

/** A band of minutes short: up to and including `upToMinutes` (null: any longer). */
export interface DeductionBand {
  upToMinutes: number | null;
  bp: number;
}

export interface DeductionTable {
  /** Bands for late arrival (TL) and early leave (PSW), shortest first, the last open-ended. */
  bands: readonly DeductionBand[];
  /** No check-in (TL) or no check-out (PSW) on a worked day. */
  noRecordBp: number;
  /** A working day absent without reason. */
  absentDayBp: number;
  /** The month's total never exceeds this. */
  capBp: number;
}

/** ASN-RULES §6 defaults: 1-30 min 0.5 %, 31-60 1 %, 61-90 1.25 %, over 90 or no record 1.5 %; absent 5 %/day; cap 100 %. */
export const DEFAULT_DEDUCTION_TABLE: DeductionTable = {
  bands: [
    { upToMinutes: 30, bp: 50 },
    { upToMinutes: 60, bp: 100 },
    { upToMinutes: 90, bp: 125 },
    { upToMinutes: null, bp: 150 },
  ],
  noRecordBp: 150,
  absentDayBp: 500,
  capBp: 10_000,
};

/** A percentage with at most 2 decimals → basis points, exactly; anything finer is refused. */
export function percentToBp(percent: number): number {
  const bp = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(bp - percent * 100) > 1e-6) {
    throw new RangeError(`a percentage takes at most 2 decimals, got ${percent}`);
  }
  return bp;
}

/** Basis points → a percentage (exact: at most 2 decimals). */
export const bpToPercent = (bp: number): number => bp / 100;

/** The band label of minutes short against a table: `1-30`, `31-60`, `61-90`, `>90`. */
export function bandOf(
  minutes: number,
  table: DeductionTable = DEFAULT_DEDUCTION_TABLE,
): DeductionBand & { label: string } {
  if (!Number.isInteger(minutes) || minutes < 1)
    throw new RangeError(`minutes short must be ≥ 1, got ${minutes}`);
  let from = 1;
  for (const band of table.bands) {
    if (band.upToMinutes === null || minutes <= band.upToMinutes) {
      return { ...band, label: band.upToMinutes === null ? `>${from - 1}` : `${from}-${band.upToMinutes}` };
    }
    from = band.upToMinutes + 1;
  }
  throw new RangeError('the deduction table needs an open-ended last band');
}

/**
 * Minutes late (TL) and early (PSW) of the punches of one instance. Whole minutes as the wall clock
 * shows them: a check-in at 07:30:59 is on time, 07:31:00 is 1 minute late; a check-out at 15:59:30
 * is 1 minute early. Null means no record.
 */
export function punchMinutes(
  instance: Pick<ShiftInstance, 'start' | 'end'>,
  punches: { firstIn?: Date | null; lastOut?: Date | null },
): { lateMinutes: number | null; earlyMinutes: number | null } {
  const late = punches.firstIn
    ? Math.max(0, Math.floor((punches.firstIn.getTime() - instance.start.getTime()) / 60_000))
    : null;
  const early = punches.lastOut
    ? Math.max(0, Math.ceil((instance.end.getTime() - punches.lastOut.getTime()) / 60_000))
    : null;
  return { lateMinutes: late, earlyMinutes: early };
}

export type DayStatus = 'off' | 'present' | 'absent' | 'leave' | 'duty' | 'pending';

export interface DayInput {
  date: string;
  /** The planned instance: null on a day off, a weekend or a holiday. */
  instance: Pick<ShiftInstance, 'start' | 'end'> | null;
  firstIn?: Date | null;
  lastOut?: Date | null;
  /** The type of an approved leave covering the day. */
  leaveType?: string | null;
  /** An approved off-site duty (dinas luar) covers the day. */
  onDuty?: boolean;
  /** Approved izin waiving the late arrival or the early leave (issue 13 §2). */
  lateWaived?: boolean;
  earlyWaived?: boolean;
  /** False while the instance has not ended: a missing punch is not yet a missing record. */
  complete: boolean;
}

export interface DayResult {
  date: string;
  status: DayStatus;
  lateMinutes: number | null;
  earlyMinutes: number | null;
  /** Band label of the late arrival, `no-record`, or null when on time, waived or not a worked day. */
  lateBand: string | null;
  earlyBand: string | null;
  leaveType: string | null;
  deductionBp: number;
}

/**
 * One day. Leave and official duty are not absences and cost nothing; a worked day with no punch at
 * all is absent (5 %), not twice "no record"; a missing check-in or check-out alone costs the
 * no-record rate (1.5 %) for that side. An approved izin waives its side.
 */
export function evaluateDay(day: DayInput, table: DeductionTable = DEFAULT_DEDUCTION_TABLE): DayResult {
  const base = { date: day.date, lateMinutes: null, earlyMinutes: null, lateBand: null, earlyBand: null };
  if (!day.instance) return { ...base, status: 'off', leaveType: null, deductionBp: 0 };
  if (day.leaveType) return { ...base, status: 'leave', leaveType: day.leaveType, deductionBp: 0 };
  if (day.onDuty) return { ...base, status: 'duty', leaveType: null, deductionBp: 0 };
  const { lateMinutes, earlyMinutes } = punchMinutes(day.instance, day);
  if (lateMinutes === null && earlyMinutes === null) {
    return day.complete
      ? { ...base, status: 'absent', leaveType: null, deductionBp: table.absentDayBp }
      : { ...base, status: 'pending', leaveType: null, deductionBp: 0 };
  }
  const side = (minutes: number | null, waived: boolean | undefined, mayBeMissing: boolean) => {
    if (waived) return { band: null, bp: 0 };
    if (minutes === null)
      return mayBeMissing ? { band: 'no-record', bp: table.noRecordBp } : { band: null, bp: 0 };
    if (minutes === 0) return { band: null, bp: 0 };
    const b = bandOf(minutes, table);
    return { band: b.label, bp: b.bp };
  };
  const late = side(lateMinutes, day.lateWaived, true);
  // A missing check-out only counts once the instance is over.
  const early = side(earlyMinutes, day.earlyWaived, day.complete);
  return {
    date: day.date,
    status: 'present',
    lateMinutes,
    earlyMinutes,
    lateBand: late.band,
    earlyBand: early.band,
    leaveType: null,
    deductionBp: late.bp + early.bp,
  };
}

export interface SideSummary {
  count: number;
  minutes: number;
  /** Days per band label, `no-record` included. */
  bands: Record<string, number>;
}

export interface MonthRecap {
  workingDays: number;
  presentDays: number;
  absentDays: number;
  pendingDays: number;
  dutyDays: number;
  leaveDays: Record<string, number>;
  late: SideSummary;
  early: SideSummary;
  /** Sum of the days before the cap. */
  uncappedBp: number;
  deductionBp: number;
  deductionPercent: number;
}

const emptySide = (table: DeductionTable): SideSummary => {
  const bands: Record<string, number> = {};
  let from = 1;
  for (const b of table.bands) {
    bands[b.upToMinutes === null ? `>${from - 1}` : `${from}-${b.upToMinutes}`] = 0;
    if (b.upToMinutes !== null) from = b.upToMinutes + 1;
  }
  bands['no-record'] = 0;
  return { count: 0, minutes: 0, bands };
};

/** The month from its days: counts per status, TL and PSW per band, and the capped deduction. */
export function monthRecap(
  days: readonly DayResult[],
  table: DeductionTable = DEFAULT_DEDUCTION_TABLE,
): MonthRecap {
  const late = emptySide(table);
  const early = emptySide(table);
  const leaveDays: Record<string, number> = {};
  let workingDays = 0;
  let presentDays = 0;
  let absentDays = 0;
  let pendingDays = 0;
  let dutyDays = 0;
  let uncappedBp = 0;
  const addSide = (s: SideSummary, band: string | null, minutes: number | null) => {
    if (!band) return;
    s.count += 1;
    s.minutes += minutes ?? 0;
    s.bands[band] = (s.bands[band] ?? 0) + 1;
  };
  for (const d of days) {
    if (d.status !== 'off') workingDays += 1;
    if (d.status === 'present') presentDays += 1;
    if (d.status === 'absent') absentDays += 1;
    if (d.status === 'pending') pendingDays += 1;
    if (d.status === 'duty') dutyDays += 1;
    if (d.status === 'leave' && d.leaveType) leaveDays[d.leaveType] = (leaveDays[d.leaveType] ?? 0) + 1;
    addSide(late, d.lateBand, d.lateMinutes);
    addSide(early, d.earlyBand, d.earlyMinutes);
    uncappedBp += d.deductionBp;
  }
  const deductionBp = Math.min(uncappedBp, table.capBp);
  return {
    workingDays,
    presentDays,
    absentDays,
    pendingDays,
    dutyDays,
    leaveDays,
    late,
    early,
    uncappedBp,
    deductionBp,
    deductionPercent: bpToPercent(deductionBp),
  };
}

/** The rupiah deducted from a TPP amount: the one rounding, half up, to whole rupiah. */
export function tppDeductionRupiah(tppRupiah: number, deductionBp: number): number {
  if (!Number.isSafeInteger(tppRupiah) || tppRupiah < 0) throw new RangeError('TPP must be whole rupiah ≥ 0');
  if (!Number.isInteger(deductionBp) || deductionBp < 0 || deductionBp > 10_000)
    throw new RangeError('deduction must be 0-10000 bp');
  return Number((2n * BigInt(tppRupiah) * BigInt(deductionBp) + 10_000n) / 20_000n);
}

/** A tenant's table as stored in settings (percentages) → basis points, exactly. */
export function deductionTableOf(settings: {
  bands: readonly { upToMinutes: number | null; percent: number }[];
  noRecordPercent: number;
  absentDayPercent: number;
  capPercent: number;
}): DeductionTable {
  return {
    bands: settings.bands.map((b) => ({ upToMinutes: b.upToMinutes, bp: percentToBp(b.percent) })),
    noRecordBp: percentToBp(settings.noRecordPercent),
    absentDayBp: percentToBp(settings.absentDayPercent),
    capBp: percentToBp(settings.capPercent),
  };
}
