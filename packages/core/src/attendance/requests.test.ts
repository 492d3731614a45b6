import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { assertCanDecideRequest, assertPending, datesByMonth, requestDates } from './requests';

const request = { employeeId: 'E1', unitId: 'U1', agencyId: 'A1' };
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as AppError).status;
  }
};
const v = (role: string, agencyId?: string, employeeId?: string, ownUnitId?: string) => ({
  claims: { role, agencyId, employeeId } as never,
  ownUnitId,
});

describe('assertCanDecideRequest', () => {
  it("lets a supervisor of the requester's unit, their agency's admin and the tenant admin decide", () => {
    expect(status(() => assertCanDecideRequest(v('supervisor', 'A1', 'S1', 'U1'), request))).toBe(200);
    expect(status(() => assertCanDecideRequest(v('agency-admin', 'A1'), request))).toBe(200);
    expect(status(() => assertCanDecideRequest(v('tenant-admin'), request))).toBe(200);
  });
  it("refuses another unit's supervisor, another agency's admin, employees and the requester", () => {
    expect(status(() => assertCanDecideRequest(v('supervisor', 'A1', 'S2', 'U2'), request))).toBe(403);
    expect(status(() => assertCanDecideRequest(v('agency-admin', 'A2'), request))).toBe(403);
    expect(status(() => assertCanDecideRequest(v('employee', 'A1', 'E2', 'U1'), request))).toBe(403);
    expect(status(() => assertCanDecideRequest(v('supervisor', 'A1', 'E1', 'U1'), request))).toBe(403);
    expect(status(() => assertCanDecideRequest(v('tenant-admin', undefined, 'E1'), request))).toBe(403);
  });
});

describe('assertPending', () => {
  it('refuses a decided request with 409', () => {
    expect(status(() => assertPending({ status: 'PENDING' }))).toBe(200);
    expect(status(() => assertPending({ status: 'APPROVED' }))).toBe(409);
    expect(status(() => assertPending({ status: 'REJECTED' }))).toBe(409);
  });
});

describe('requestDates and datesByMonth', () => {
  it('spans a duty across a month end into two months', () => {
    const dates = requestDates({ startDate: '2026-11-29', endDate: '2026-12-02' });
    expect(dates).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect([...datesByMonth(dates)]).toEqual([
      ['2026-11', ['2026-11-29', '2026-11-30']],
      ['2026-12', ['2026-12-01', '2026-12-02']],
    ]);
    expect(requestDates({ startDate: '2026-12-07', endDate: '2026-12-07' })).toEqual(['2026-12-07']);
  });
});
