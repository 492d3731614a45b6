import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import type { Role } from '../roles';
import {
  type ApprovalDelegation,
  type ApproverContext,
  attendanceScope,
  cancellerFor,
  canOpenLeaveAttachment,
  canSeeAttendance,
  deciderFor,
  type LeaveCalendarItem,
  pybmcOf,
  recommenderFor,
  teamUnitOf,
  visibleLeaveCalendar,
} from './access';

const viewer = (role: Role, employeeId?: string, agencyId = 'A1', ownUnitId: string | null = 'U1') => ({
  claims: { role, agencyId, employeeId },
  ownUnitId,
});
const rec = (employeeId: string, unitId = 'U1', agencyId = 'A1') => ({ employeeId, unitId, agencyId });

function status(fn: () => unknown): number {
  try {
    fn();
  } catch (e) {
    return (e as AppError).status;
  }
  return 0;
}

describe('attendance visibility per role', () => {
  it('shows an employee their own record only', () => {
    const v = viewer('employee', 'E1');
    expect(canSeeAttendance(v, rec('E1'))).toBe(true);
    expect(canSeeAttendance(v, rec('E2'))).toBe(false);
  });

  it('shows a supervisor their own unit and themselves, not another unit', () => {
    const v = viewer('supervisor', 'S1');
    expect(canSeeAttendance(v, rec('E1', 'U1'))).toBe(true);
    expect(canSeeAttendance(v, rec('E3', 'U2'))).toBe(false);
    expect(canSeeAttendance(v, rec('E4', 'U1', 'A2'))).toBe(false);
    expect(canSeeAttendance({ ...v, ownUnitId: 'U9' }, rec('S1', 'U1'))).toBe(true);
    expect(teamUnitOf(v)).toEqual({ unitId: 'U1', agencyId: 'A1' });
  });

  it('shows an agency admin their agency, a tenant admin everything', () => {
    expect(canSeeAttendance(viewer('agency-admin'), rec('E3', 'U2'))).toBe(true);
    expect(canSeeAttendance(viewer('agency-admin'), rec('E3', 'U2', 'A2'))).toBe(false);
    expect(canSeeAttendance(viewer('tenant-admin'), rec('E3', 'U2', 'A2'))).toBe(true);
  });

  it('refuses applicants, platform admins, and staff without an employee record', () => {
    expect(status(() => attendanceScope(viewer('applicant', 'X')))).toBe(403);
    expect(status(() => attendanceScope(viewer('platform-admin')))).toBe(403);
    expect(status(() => attendanceScope(viewer('employee')))).toBe(403);
    expect(canSeeAttendance(viewer('applicant', 'E1'), rec('E1'))).toBe(false);
  });

  it('gives the team view to supervisors only', () => {
    expect(status(() => teamUnitOf(viewer('employee', 'E1')))).toBe(403);
    expect(status(() => teamUnitOf(viewer('agency-admin')))).toBe(403);
    expect(status(() => teamUnitOf(viewer('supervisor', 'S1', 'A1', null)))).toBe(403);
  });
});

describe('the leave calendar (frappe/hrms#117)', () => {
  const item = (id: string, employeeId: string, unitId: string, agencyId = 'A1'): LeaveCalendarItem => ({
    requestId: id,
    employeeId,
    employeeName: employeeId,
    unitId,
    agencyId,
    type: 'SAKIT',
    startDate: '2026-03-02',
    endDate: '2026-03-03',
    status: 'APPROVED',
    reason: 'tifus',
    attachments: [{ key: 'surat-dokter.pdf' }],
  });
  const items = [
    item('r1', 'E1', 'U1'),
    item('r2', 'E2', 'U1'),
    item('r3', 'E3', 'U2'),
    item('r4', 'E4', 'U1', 'A2'),
  ];
  const ids = (v: ReturnType<typeof viewer>) => visibleLeaveCalendar(v, items).map((e) => e.requestId);

  it('shows each role only what it may see', () => {
    expect(ids(viewer('employee', 'E1'))).toEqual(['r1']);
    expect(ids(viewer('supervisor', 'S1'))).toEqual(['r1', 'r2']);
    expect(ids(viewer('agency-admin'))).toEqual(['r1', 'r2', 'r3']);
    expect(ids(viewer('tenant-admin'))).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(status(() => ids(viewer('applicant', 'E1')))).toBe(403);
    expect(status(() => ids(viewer('platform-admin')))).toBe(403);
  });

  it('never carries the reason or the attachments', () => {
    const [entry] = visibleLeaveCalendar(viewer('employee', 'E1'), items);
    expect(entry).not.toHaveProperty('reason');
    expect(entry).not.toHaveProperty('attachments');
    expect(entry).not.toHaveProperty('agencyId');
  });
});

describe('who acts on a leave request', () => {
  const delegations: ApprovalDelegation[] = [
    {
      principalId: 'KADIS',
      delegateId: 'SEKDIS',
      kind: 'PLH',
      startDate: '2026-03-01',
      endDate: '2026-03-05',
    },
    {
      principalId: 'SUP',
      delegateId: 'SUP2',
      kind: 'PLT',
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      revoked: true,
    },
  ];
  const ctx: ApproverContext = { currentSuperiorId: 'SUP', pybmcId: 'KADIS', delegations, on: '2026-03-02' };
  const request = { employeeId: 'EMP' };

  it('lets the direct superior recommend for their direct report only', () => {
    expect(recommenderFor({ role: 'supervisor', employeeId: 'SUP' }, request, ctx)).toEqual({
      employeeId: 'SUP',
      actingFor: null,
    });
    expect(status(() => recommenderFor({ role: 'supervisor', employeeId: 'OTHER' }, request, ctx))).toBe(403);
    // A revoked delegation grants nothing.
    expect(status(() => recommenderFor({ role: 'supervisor', employeeId: 'SUP2' }, request, ctx))).toBe(403);
  });

  it('follows a change of superior: the new one acts, the old one no longer can', () => {
    const moved = { ...ctx, currentSuperiorId: 'SUP-NEW' };
    expect(recommenderFor({ role: 'supervisor', employeeId: 'SUP-NEW' }, request, moved).employeeId).toBe(
      'SUP-NEW',
    );
    expect(status(() => recommenderFor({ role: 'supervisor', employeeId: 'SUP' }, request, moved))).toBe(403);
  });

  it('lets the PYBMC or their Plh decide, within the delegation’s dates', () => {
    expect(deciderFor({ role: 'agency-admin', employeeId: 'KADIS' }, request, ctx)).toMatchObject({
      employeeId: 'KADIS',
      alsoSuperior: false,
    });
    expect(deciderFor({ role: 'supervisor', employeeId: 'SEKDIS' }, request, ctx)).toMatchObject({
      actingFor: { employeeId: 'KADIS', kind: 'PLH' },
    });
    expect(
      status(() =>
        deciderFor({ role: 'supervisor', employeeId: 'SEKDIS' }, request, { ...ctx, on: '2026-03-06' }),
      ),
    ).toBe(403);
    expect(status(() => deciderFor({ role: 'supervisor', employeeId: 'SUP' }, request, ctx))).toBe(403);
    expect(
      deciderFor({ role: 'supervisor', employeeId: 'KADIS' }, request, { ...ctx, currentSuperiorId: 'KADIS' })
        .alsoSuperior,
    ).toBe(true);
  });

  it('refuses acting on one’s own leave, and applicants and platform admins', () => {
    expect(
      status(() => recommenderFor({ role: 'supervisor', employeeId: 'SUP' }, { employeeId: 'SUP' }, ctx)),
    ).toBe(403);
    expect(
      status(() => deciderFor({ role: 'agency-admin', employeeId: 'KADIS' }, { employeeId: 'KADIS' }, ctx)),
    ).toBe(403);
    expect(status(() => recommenderFor({ role: 'applicant', employeeId: 'SUP' }, request, ctx))).toBe(403);
    expect(status(() => deciderFor({ role: 'platform-admin', employeeId: 'KADIS' }, request, ctx))).toBe(403);
    expect(status(() => deciderFor({ role: 'tenant-admin' }, request, ctx))).toBe(403);
  });

  it('lets the employee or the PYBMC cancel, nobody else', () => {
    expect(cancellerFor({ role: 'employee', employeeId: 'EMP' }, request, ctx).by).toBe('employee');
    expect(cancellerFor({ role: 'agency-admin', employeeId: 'KADIS' }, request, ctx).by).toBe('pybmc');
    expect(status(() => cancellerFor({ role: 'supervisor', employeeId: 'SUP' }, request, ctx))).toBe(403);
  });

  it('opens sick-leave attachments to the employee and their approvers only', () => {
    const steps = [{ actorId: 'OLD-SUP', onBehalfOfId: null }];
    const open = (role: Role, employeeId?: string) =>
      canOpenLeaveAttachment({ role, employeeId }, { employeeId: 'EMP', steps }, ctx);
    expect(open('employee', 'EMP')).toBe(true);
    expect(open('supervisor', 'OLD-SUP')).toBe(true);
    expect(open('supervisor', 'SUP')).toBe(true);
    expect(open('supervisor', 'SEKDIS')).toBe(true);
    expect(open('supervisor', 'OTHER')).toBe(false);
    expect(open('tenant-admin', 'ADMIN')).toBe(false);
    expect(open('applicant', 'EMP')).toBe(false);
    expect(open('platform-admin')).toBe(false);
  });
});

describe('pybmcOf', () => {
  const rules = [
    { agencyId: null, types: null, employeeId: 'SEKDA' },
    { agencyId: null, types: ['CLTN' as const, 'BESAR' as const], employeeId: 'BUPATI' },
    { agencyId: 'A1', types: null, employeeId: 'KADIS-A1' },
  ];
  it('takes the most specific rule', () => {
    expect(pybmcOf(rules, { agencyId: 'A1', type: 'TAHUNAN' })).toBe('KADIS-A1');
    expect(pybmcOf(rules, { agencyId: 'A1', type: 'CLTN' })).toBe('KADIS-A1');
    expect(
      pybmcOf([...rules, { agencyId: 'A1', types: ['CLTN'], employeeId: 'X' }], {
        agencyId: 'A1',
        type: 'CLTN',
      }),
    ).toBe('X');
    expect(pybmcOf(rules, { agencyId: 'A2', type: 'BESAR' })).toBe('BUPATI');
    expect(pybmcOf(rules, { agencyId: 'A2', type: 'SAKIT' })).toBe('SEKDA');
    expect(pybmcOf([], { agencyId: 'A2', type: 'SAKIT' })).toBeNull();
  });
});
