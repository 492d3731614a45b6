import { conflict, forbidden } from '../errors';
import type { AttendanceViewer, OwnedRecord } from './access';
import { datesBetween } from './calendar';

/**
 * Off-site duty (dinas luar) and izin (permission to arrive late or leave early), issue 13 §2: an
 * employee asks, an official of their unit decides. Approved, they change how the days read: a duty
 * day is not an absence and its check-in may be away from the office; an izin waives its side's
 * TL or PSW deduction. A decision that would change a closed month is refused.
 */

export const ATTENDANCE_REQUEST_KINDS = ['offsite-duty', 'late-arrival', 'early-leave'] as const;
export type AttendanceRequestKind = (typeof ATTENDANCE_REQUEST_KINDS)[number];
export const ATTENDANCE_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type AttendanceRequestStatus = (typeof ATTENDANCE_REQUEST_STATUSES)[number];

/**
 * Who decides: the direct superior, which Pamong reads as a supervisor of the requester's own unit
 * (the unit of the supervisor's employee record), or an admin over the requester's agency. Nobody
 * decides their own request.
 */
export function assertCanDecideRequest(v: AttendanceViewer, request: OwnedRecord): void {
  const { role, agencyId, employeeId } = v.claims;
  if (employeeId && employeeId === request.employeeId)
    throw forbidden('Nobody decides their own request; your superior does.');
  if (role === 'tenant-admin') return;
  if (role === 'agency-admin' && agencyId === request.agencyId) return;
  if (role === 'supervisor' && agencyId === request.agencyId && v.ownUnitId === request.unitId) return;
  throw forbidden(
    "Only a supervisor of the employee's unit, or an admin of their agency, decides this request.",
  );
}

/** A pending request only: a decided one is not decided again (409). */
export function assertPending(request: { status: AttendanceRequestStatus }): void {
  if (request.status !== 'PENDING')
    throw conflict(`The request was already ${request.status.toLowerCase()}.`);
}

/** The attendance days a request covers: a duty's range, or an izin's one date. */
export const requestDates = (r: { startDate: string; endDate: string }): string[] =>
  datesBetween(r.startDate, r.endDate);

/** Dates grouped by month (`YYYY-MM`), in order: a duty across a month's end touches two month items. */
export function datesByMonth(dates: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of [...dates].sort()) {
    const m = d.slice(0, 7);
    out.set(m, [...(out.get(m) ?? []), d]);
  }
  return out;
}

/** The longest off-site duty one request may cover; the issue is silent, a letter rarely spans more. */
export const MAX_OFFSITE_DUTY_DAYS = 31;
