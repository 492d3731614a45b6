/**
 * Off-site duty (dinas luar) and izin as plain data: the days a request covers and its dates in
 * words, the approved duty that covers today, a status's badge, the decider's name, and what a
 * refusal of the API means. No Preact here: unit-tested in tests/web.
 */

export type RequestKind = 'offsite-duty' | 'late-arrival' | 'early-leave';
export type RequestStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** The statuses in the order the approvals filter offers them: what waits first. */
export const REQUEST_STATUSES: readonly RequestStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** What these helpers read of a request (the API's item, in part). */
export interface RequestFacts {
  kind: RequestKind;
  status: RequestStatus;
  startDate: string;
  endDate: string;
}

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The days from `start` to `end`, both counted: 7 to 9 December is 3 days; 0 when `end` comes first. */
export function daysInclusive(start: string, end: string): number {
  const a = dayOf(start);
  const b = dayOf(end);
  if (Number.isNaN(a) || Number.isNaN(b) || b < a) return 0;
  return Math.round((b - a) / 86_400_000) + 1;
}

/**
 * A range of calendar days as the reader writes it, the shared parts once: "7–9 Desember 2026",
 * "30 November – 2 Desember 2026", one day "7 Desember 2026". Days are read at UTC midnight, so no
 * time zone moves them.
 */
export function dateRangeText(locale: string, start: string, end: string): string {
  const f = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const a = new Date(`${start}T00:00:00Z`);
  const b = new Date(`${end}T00:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime()))
    return start === end ? start : `${start}–${end}`;
  if (start === end || b < a) return f.format(a);
  return f.formatRange(a, b);
}

/**
 * The end date a duty form keeps when its start changes: unchanged unless it is empty or now before
 * the start, then the start itself (a one-day duty).
 */
export const endAfterStart = (start: string, end: string): string => (!end || end < start ? start : end);

/** Whether a request is an approved off-site duty whose dates hold `date` (`YYYY-MM-DD`). */
export const dutyCovers = (r: RequestFacts, date: string): boolean =>
  r.kind === 'offsite-duty' && r.status === 'APPROVED' && r.startDate <= date && date <= r.endDate;

/** The approved off-site duties covering `date`, the one that started last first. */
export function dutiesOn<T extends RequestFacts>(requests: readonly T[], date: string): T[] {
  return requests
    .filter((r) => dutyCovers(r, date))
    .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
}

/** The class of a status's badge (the word is always written too, never colour alone). */
export const statusClass = (status: RequestStatus): string =>
  `badge att-badge att-req-${status.toLowerCase()}`;

/** An account id (a ULID), which the API gives where it does not know the account's name. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The decider's name, or `unnamed` where the API could only give the account id. */
export const deciderName = (name: string | null | undefined, unnamed: string): string =>
  !name || ULID.test(name) ? unnamed : name;

/**
 * Why a decision was refused with 409, from the API's detail: a closed month (a new request's, or
 * an approval's) or a request decided already (or just now, by someone else).
 */
export const decisionConflict = (detail: string | undefined): 'month-closed' | 'decided' =>
  /\bclosed\b/i.test(detail ?? '') ? 'month-closed' : 'decided';

/**
 * Why a check-in as off-site duty was refused with 409, from the API's detail: too far from the
 * duty's place, not today, or not approved (anything else is said as it is).
 */
export function dutyPunchRefusal(detail: string | undefined): 'far' | 'not-today' | 'not-approved' | 'other' {
  const d = detail ?? '';
  if (/more than .* from the off-site duty/i.test(d)) return 'far';
  if (/not today/i.test(d)) return 'not-today';
  if (/not approved/i.test(d)) return 'not-approved';
  return 'other';
}

/** The distance limit (metres) a refusal for being too far from a duty's place names, if it does. */
export function dutyLimitM(detail: string | undefined): number | null {
  const m = /more than (\d+) m\b/i.exec(detail ?? '');
  return m ? Number(m[1]) : null;
}

/** Coordinates as typed or pasted: a decimal comma is a decimal point; blank is absent. */
export const coordinate = (v: string | undefined): number | undefined =>
  v === undefined || v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'));

/** A "lat, lon" pair pasted into the latitude field (from a map), split in two; otherwise null. */
export function pastedPair(value: string): { lat: string; lon: string } | null {
  const pair = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  return pair ? { lat: pair[1]!, lon: pair[2]! } : null;
}

/** The point on OpenStreetMap, to check the pin. Coordinates keep their dot whatever the language. */
export const mapLink = (p: { lat: number; lon: number }): string =>
  `https://www.openstreetmap.org/?mlat=${p.lat}&mlon=${p.lon}#map=16/${p.lat}/${p.lon}`;
