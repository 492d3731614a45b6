import { describe, expect, it } from 'vitest';
import {
  coordinate,
  dateRangeText,
  daysInclusive,
  deciderName,
  decisionConflict,
  dutiesOn,
  dutyCovers,
  dutyLimitM,
  dutyPunchRefusal,
  endAfterStart,
  mapLink,
  pastedPair,
  REQUEST_STATUSES,
  type RequestFacts,
  statusClass,
} from '../../web/src/pages/attendance/requests';

/** Off-site duty (dinas luar) and izin: the pure helpers of the requests, approvals and check-in pages. */

const duty = (over: Partial<RequestFacts> & { id?: string } = {}) => ({
  id: 'D1',
  kind: 'offsite-duty' as const,
  status: 'APPROVED' as const,
  startDate: '2026-12-07',
  endDate: '2026-12-09',
  ...over,
});

/** ICU sets thin spaces around the dash of a range; compared as plain spaces. */
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('days and date ranges', () => {
  it('counts both ends of a range, and nothing for a range that ends before it starts', () => {
    expect(daysInclusive('2026-12-07', '2026-12-09')).toBe(3);
    expect(daysInclusive('2026-12-07', '2026-12-07')).toBe(1);
    // Across a month's and a year's end, and 29 February of a leap year.
    expect(daysInclusive('2026-12-30', '2027-01-02')).toBe(4);
    expect(daysInclusive('2028-02-28', '2028-03-01')).toBe(3);
    expect(daysInclusive('2026-12-09', '2026-12-07')).toBe(0);
    expect(daysInclusive('', '2026-12-07')).toBe(0);
    // 31 days is the longest one request may cover.
    expect(daysInclusive('2026-01-01', '2026-01-31')).toBe(31);
    expect(daysInclusive('2026-01-01', '2026-02-01')).toBe(32);
  });

  it('writes a range in Indonesian with the shared parts once', () => {
    expect(dateRangeText('id-ID', '2026-12-07', '2026-12-07')).toBe('7 Desember 2026');
    expect(dateRangeText('id-ID', '2026-12-07', '2026-12-09')).toBe('7–9 Desember 2026');
    expect(plain(dateRangeText('id-ID', '2026-11-30', '2026-12-02'))).toBe('30 November – 2 Desember 2026');
    expect(plain(dateRangeText('id-ID', '2026-12-30', '2027-01-02'))).toBe(
      '30 Desember 2026 – 2 Januari 2027',
    );
  });

  it('writes it in English too, and never moves a day by a time zone', () => {
    expect(plain(dateRangeText('en-GB', '2026-11-30', '2026-12-02'))).toBe('30 November – 2 December 2026');
    expect(dateRangeText('en-GB', '2026-01-01', '2026-01-01')).toBe('1 January 2026');
    // Something that is not a date is shown as it came.
    expect(dateRangeText('id-ID', 'x', 'x')).toBe('x');
  });

  it('keeps the end date of a duty form at or after its start', () => {
    expect(endAfterStart('2026-12-07', '')).toBe('2026-12-07');
    expect(endAfterStart('2026-12-10', '2026-12-09')).toBe('2026-12-10');
    expect(endAfterStart('2026-12-07', '2026-12-09')).toBe('2026-12-09');
  });
});

describe('the off-site duty that covers today', () => {
  it('covers its dates when approved, and only an off-site duty', () => {
    expect(dutyCovers(duty(), '2026-12-07')).toBe(true);
    expect(dutyCovers(duty(), '2026-12-09')).toBe(true);
    expect(dutyCovers(duty(), '2026-12-06')).toBe(false);
    expect(dutyCovers(duty(), '2026-12-10')).toBe(false);
    expect(dutyCovers(duty({ status: 'PENDING' }), '2026-12-08')).toBe(false);
    expect(dutyCovers(duty({ status: 'REJECTED' }), '2026-12-08')).toBe(false);
    expect(dutyCovers(duty({ kind: 'late-arrival' }), '2026-12-08')).toBe(false);
  });

  it('lists the covering duties, the one that started last first', () => {
    const older = duty({ id: 'A', startDate: '2026-12-01', endDate: '2026-12-10' });
    const newer = duty({ id: 'B', startDate: '2026-12-08', endDate: '2026-12-08' });
    const past = duty({ id: 'C', startDate: '2026-11-01', endDate: '2026-11-03' });
    const izin = {
      ...duty({ id: 'E', kind: 'early-leave' }),
      startDate: '2026-12-08',
      endDate: '2026-12-08',
    };
    expect(dutiesOn([older, past, izin, newer], '2026-12-08').map((d) => d.id)).toEqual(['B', 'A']);
    expect(dutiesOn([past], '2026-12-08')).toEqual([]);
  });
});

describe('statuses, deciders and refusals', () => {
  it('offers the statuses pending first, each with its own badge class', () => {
    expect(REQUEST_STATUSES).toEqual(['PENDING', 'APPROVED', 'REJECTED']);
    expect(statusClass('PENDING')).toBe('badge att-badge att-req-pending');
    expect(statusClass('REJECTED')).toContain('att-req-rejected');
  });

  it('names the decider, or says the name is unknown where the API gave an account id', () => {
    expect(deciderName('Budi Santoso', 'pejabat')).toBe('Budi Santoso');
    expect(deciderName('01JH8Z6W4Q9V3K2M1N0P5R7S8T', 'pejabat')).toBe('pejabat');
    expect(deciderName(null, 'pejabat')).toBe('pejabat');
  });

  it('tells a closed month from a request decided already (both 409)', () => {
    expect(
      decisionConflict('2026-12 is closed for attendance; an admin must reopen it first, with a reason.'),
    ).toBe('month-closed');
    expect(decisionConflict('2026-12 was closed meanwhile; reopen it first.')).toBe('month-closed');
    expect(decisionConflict('The request was already approved.')).toBe('decided');
    expect(decisionConflict(undefined)).toBe('decided');
  });

  it('reads why a check-in under a duty was refused, and the distance the API allows', () => {
    const far = "You are more than 1000 m from the off-site duty's place (Jakarta).";
    expect(dutyPunchRefusal(far)).toBe('far');
    expect(dutyLimitM(far)).toBe(1000);
    expect(dutyPunchRefusal('The off-site duty runs 2026-12-01 to 2026-12-03, not today.')).toBe('not-today');
    expect(dutyPunchRefusal('The off-site duty is not approved.')).toBe('not-approved');
    expect(dutyPunchRefusal('Something else.')).toBe('other');
    expect(dutyLimitM('Something else.')).toBeNull();
  });
});

describe('the point of a duty', () => {
  it('reads a typed coordinate with a decimal comma or point; blank is none', () => {
    expect(coordinate('-6,1754')).toBe(-6.1754);
    expect(coordinate(' 106.8272 ')).toBe(106.8272);
    expect(coordinate('')).toBeUndefined();
    expect(coordinate(undefined)).toBeUndefined();
    expect(coordinate('abc')).toBeNaN();
  });

  it('splits a pair pasted from a map', () => {
    expect(pastedPair('-6.175400, 106.827200')).toEqual({ lat: '-6.175400', lon: '106.827200' });
    expect(pastedPair('-6.1754 106.8272')).toEqual({ lat: '-6.1754', lon: '106.8272' });
    expect(pastedPair('-6.1754')).toBeNull();
  });

  it('links the point on the map with dots whatever the language', () => {
    expect(mapLink({ lat: -6.1754, lon: 106.8272 })).toBe(
      'https://www.openstreetmap.org/?mlat=-6.1754&mlon=106.8272#map=16/-6.1754/106.8272',
    );
  });
});
