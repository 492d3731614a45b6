import { datesOfMonth, daysBetween, isManagerial } from '@pamong/core';
import type { TenantSeed } from './demo-data';
import { type DemoStaff, isDemoWorkingDay } from './demo-leave';

/**
 * The demo's service around the clock (issue 13 §7): one unit per tenant (`shiftService`) works on a
 * shift schedule from the first of the month, with the month's roster. Four of its clinical staff
 * rotate through the web page's presets (Pagi 07:00-14:00, Siang 14:00-21:00, Malam 21:00-07:00, the
 * night shift ending the next morning) two days each, then two days off, a quarter cycle apart, so
 * every shift of every day is covered; the head and the office staff work Pagi on working days.
 */

export const SHIFTS = {
  pagi: { start: '07:00', end: '14:00' },
  siang: { start: '14:00', end: '21:00' },
  malam: { start: '21:00', end: '07:00' },
} as const;

/** The rotation: two days of each shift, then two days off. */
const CYCLE = ['pagi', 'pagi', 'siang', 'siang', 'malam', 'malam', null, null] as const;
/** The rotation counts from a fixed Monday, so one month's roster runs on into the next. */
const EPOCH = '2026-01-05';

export const SHIFT_SCHEDULE_NAME = 'Shift pelayanan 24 jam';

export interface DemoShift {
  /** A staff key. */
  employee: string;
  date: string;
  start: string;
  end: string;
}

export interface DemoRoster {
  agencyCode: string;
  unitName: string;
  schedule: { kind: 'shift'; name: string };
  /** The unit's assignment starts on the first of the month. */
  fromDate: string;
  shifts: DemoShift[];
}

const CLINICAL = /^(Perawat|Bidan|Dokter|Pranata Laboratorium)/;

/** The roster of `month` (`YYYY-MM`) for the staff of the tenant's `shiftService` unit. */
export function demoRoster(tenant: TenantSeed, unitStaff: DemoStaff[], month: string): DemoRoster {
  const { agencyCode, unitName } = tenant.shiftService;
  const staff = unitStaff.filter((s) => s.unitName === unitName);
  const clinical = staff.filter((s) => CLINICAL.test(s.positionName ?? ''));
  const others = staff.filter((s) => !clinical.includes(s) && !isManagerial(s.positionType));
  const crew = [...clinical, ...others].slice(0, 4);
  if (crew.length < 4) throw new Error(`demo roster: ${unitName} in ${tenant.slug} has fewer than 4 staff`);
  const shifts: DemoShift[] = [];
  for (const date of datesOfMonth(month)) {
    const day = daysBetween(EPOCH, date);
    crew.forEach((s, k) => {
      const shift = CYCLE[(((day + 2 * k) % 8) + 8) % 8];
      if (shift) shifts.push({ employee: s.key, date, ...SHIFTS[shift] });
    });
    if (isDemoWorkingDay(date))
      for (const s of staff) if (!crew.includes(s)) shifts.push({ employee: s.key, date, ...SHIFTS.pagi });
  }
  return {
    agencyCode,
    unitName,
    schedule: { kind: 'shift', name: SHIFT_SCHEDULE_NAME },
    fromDate: `${month}-01`,
    shifts,
  };
}
