import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import type { Claims } from '../roles';
import {
  accessIsLogged,
  assertCanManageFormation,
  assertCanRunRounds,
  assertOwnApplicantData,
  isOwnApplicantData,
  nikView,
  recruitmentScope,
} from './access';

const T = '01J00000000000000000000000';
const OTHER_T = '01J00000000000000000000009';
const claims = (role: Claims['role'], extra: Partial<Claims> = {}): Claims => ({
  sub: 'U1',
  tenantId: T,
  role,
  ...extra,
});
const status = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.status : 'other';
  }
};

const tenantAdmin = claims('tenant-admin');
const agencyAdminA = claims('agency-admin', { agencyId: 'A' });
const agencyAdminNoAgency = claims('agency-admin');
const supervisor = claims('supervisor', { agencyId: 'A' });
const employee = claims('employee', { agencyId: 'A', employeeId: 'E1' });
const platformAdmin: Claims = { sub: 'P', tenantId: 'PLATFORM', role: 'platform-admin' };
const applicant = claims('applicant', { sub: 'APP1' });

const formationA = { agencyId: 'A' };
const formationB = { agencyId: 'B' };
const record = { tenantId: T, applicantId: 'APP1', agencyId: 'A' };

describe('running rounds (create, update, publish, announce, import scores)', () => {
  it('is for a tenant admin only', () => {
    expect(status(() => assertCanRunRounds(tenantAdmin))).toBe('ok');
    for (const c of [agencyAdminA, supervisor, employee, platformAdmin, applicant, undefined])
      expect(status(() => assertCanRunRounds(c))).toBe(403);
  });
});

describe('formasi work (formasi, screening, objections, ranking, hiring)', () => {
  it('gives a tenant admin the tenant and an agency admin their agency', () => {
    expect(recruitmentScope(tenantAdmin)).toEqual({ agencyId: null });
    expect(recruitmentScope(agencyAdminA)).toEqual({ agencyId: 'A' });
    expect(status(() => assertCanManageFormation(tenantAdmin, formationB))).toBe('ok');
    expect(status(() => assertCanManageFormation(agencyAdminA, formationA))).toBe('ok');
    expect(status(() => assertCanManageFormation(agencyAdminA, formationB))).toBe(403);
  });
  it('refuses an agency admin without an agency, supervisors, employees, the platform admin and applicants', () => {
    for (const c of [agencyAdminNoAgency, supervisor, employee, platformAdmin, applicant, undefined]) {
      expect(status(() => recruitmentScope(c))).toBe(403);
      expect(status(() => assertCanManageFormation(c, formationA))).toBe(403);
    }
  });
});

describe("an applicant's own data", () => {
  it('is reached by that applicant only, in their own tenant', () => {
    expect(isOwnApplicantData(applicant, record)).toBe(true);
    expect(isOwnApplicantData({ ...applicant, sub: 'cognito-sub', applicantId: 'APP1' }, record)).toBe(true);
    expect(isOwnApplicantData(claims('applicant', { sub: 'APP2' }), record)).toBe(false);
    expect(isOwnApplicantData({ ...applicant, tenantId: OTHER_T }, record)).toBe(false);
    expect(status(() => assertOwnApplicantData(applicant, record))).toBe('ok');
    expect(status(() => assertOwnApplicantData(claims('applicant', { sub: 'APP2' }), record))).toBe(403);
  });
  it('is never "own" to staff or the platform admin, even with the same subject', () => {
    for (const c of [tenantAdmin, agencyAdminA, supervisor, employee, platformAdmin])
      expect(isOwnApplicantData({ ...c, sub: 'APP1' }, record)).toBe(false);
    expect(status(() => assertOwnApplicantData(undefined, record))).toBe(403);
  });
});

describe('NIK display and the access log (UU 27/2022)', () => {
  it('masks the NIK in every list', () => {
    for (const c of [tenantAdmin, agencyAdminA, applicant]) expect(nikView(c, 'list', record)).toBe('masked');
  });
  it('shows it in full on a record to the applicant and to staff over the formasi', () => {
    expect(nikView(applicant, 'record', record)).toBe('full');
    expect(nikView(tenantAdmin, 'record', record)).toBe('full');
    expect(nikView(agencyAdminA, 'record', record)).toBe('full');
  });
  it('masks it to anyone else', () => {
    expect(nikView(claims('agency-admin', { agencyId: 'B' }), 'record', record)).toBe('masked');
    expect(nikView(claims('applicant', { sub: 'APP2' }), 'record', record)).toBe('masked');
    for (const c of [supervisor, employee, platformAdmin, undefined])
      expect(nikView(c, 'record', record)).toBe('masked');
  });
  it('logs every opening by staff, not the applicant reading their own', () => {
    expect(accessIsLogged(tenantAdmin)).toBe(true);
    expect(accessIsLogged(agencyAdminA)).toBe(true);
    expect(accessIsLogged(applicant)).toBe(false);
  });
});
