import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import type { Claims } from '../roles';
import {
  ADMIN_ROLES,
  assertCanManageUser,
  assertCanPlace,
  assertCanWriteEmployee,
  assertPlaceable,
  canSeeEmployee,
  contactVisible,
  inScope,
  manageScope,
  maskEmail,
  maskPhone,
  nipVisible,
  READER_ROLES,
  readScope,
  requireReadScope,
  STAFF_ROLES,
} from './index';

const T = '01J00000000000000000000000';
const claims = (role: Claims['role'], agencyId?: string, employeeId?: string): Claims => ({
  sub: 'u',
  tenantId: T,
  role,
  ...(agencyId ? { agencyId } : {}),
  ...(employeeId ? { employeeId } : {}),
});
const status = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.status : 'other';
  }
};

describe('role groups: one meaning per name', () => {
  it('nest admins in readers in staff, and never hold platform-admin or applicant', () => {
    expect([...ADMIN_ROLES]).toEqual(['tenant-admin', 'agency-admin']);
    expect([...READER_ROLES]).toEqual(['tenant-admin', 'agency-admin', 'supervisor']);
    expect([...STAFF_ROLES]).toEqual(['tenant-admin', 'agency-admin', 'supervisor', 'employee']);
    for (const r of ['platform-admin', 'applicant'])
      expect(STAFF_ROLES as readonly string[]).not.toContain(r);
  });
});

describe('manageScope', () => {
  it('gives a tenant admin the tenant and an agency admin their agency', () => {
    expect(manageScope(claims('tenant-admin'))).toEqual({ agencyId: null });
    expect(manageScope(claims('tenant-admin', 'A'))).toEqual({ agencyId: null });
    expect(manageScope(claims('agency-admin', 'A'))).toEqual({ agencyId: 'A' });
  });
  it('refuses an agency admin without an agency (who would reach the tenant), supervisors and employees', () => {
    expect(status(() => manageScope(claims('agency-admin')))).toBe(403);
    expect(status(() => manageScope(claims('supervisor', 'A')))).toBe(403);
    expect(status(() => manageScope(claims('employee', 'A')))).toBe(403);
  });
});

describe('readScope', () => {
  it('lets supervisors read their agency, and nobody without an agency but a tenant admin', () => {
    expect(readScope(claims('supervisor', 'A'))).toEqual({ agencyId: 'A' });
    expect(readScope(claims('agency-admin', 'A'))).toEqual({ agencyId: 'A' });
    expect(readScope(claims('tenant-admin'))).toEqual({ agencyId: null });
    expect(readScope(claims('supervisor'))).toBeNull();
    expect(readScope(claims('employee', 'A'))).toBeNull();
    expect(status(() => requireReadScope(claims('employee', 'A')))).toBe(403);
    expect(status(() => requireReadScope(undefined))).toBe(403);
  });
  it('inScope: the tenant reaches every agency, an agency only itself', () => {
    expect(inScope({ agencyId: null }, 'B')).toBe(true);
    expect(inScope({ agencyId: 'A' }, 'A')).toBe(true);
    expect(inScope({ agencyId: 'A' }, 'B')).toBe(false);
  });
});

describe('personnel visibility', () => {
  const e = { id: 'E1', agencyId: 'A', unitId: 'U1' };
  it('admins see everyone; a supervisor their agency; an employee only themselves', () => {
    expect(canSeeEmployee({ claims: claims('agency-admin', 'B') }, e)).toBe(true);
    expect(canSeeEmployee({ claims: claims('supervisor', 'A') }, e)).toBe(true);
    expect(canSeeEmployee({ claims: claims('supervisor', 'B') }, e)).toBe(false);
    expect(canSeeEmployee({ claims: claims('employee', 'A', 'E1') }, e)).toBe(true);
    expect(canSeeEmployee({ claims: claims('employee', 'A', 'E2') }, e)).toBe(false);
  });
  it("shows the NIP in full to a supervisor only inside their reporting line (their own record's unit)", () => {
    expect(nipVisible({ claims: claims('supervisor', 'A'), ownUnitId: 'U1' }, e)).toBe(true);
    expect(nipVisible({ claims: claims('supervisor', 'A'), ownUnitId: 'U2' }, e)).toBe(false);
    expect(nipVisible({ claims: claims('supervisor', 'A') }, e)).toBe(false);
    expect(nipVisible({ claims: claims('agency-admin', 'B') }, e)).toBe(true);
  });
  it("masks contact data to another agency's admin, not to a tenant admin or the employee", () => {
    expect(contactVisible({ claims: claims('agency-admin', 'B') }, e)).toBe(false);
    expect(contactVisible({ claims: claims('agency-admin', 'A') }, e)).toBe(true);
    expect(contactVisible({ claims: claims('tenant-admin') }, e)).toBe(true);
    expect(contactVisible({ claims: claims('employee', 'B', 'E1') }, e)).toBe(true);
    expect(maskPhone('088312345645')).toBe('0883****45');
    expect(maskEmail('budi.santoso@pemda.go.id')).toBe('b***@pemda.go.id');
  });
});

describe('writes and placements', () => {
  it('an agency admin writes employees of their own agency only', () => {
    expect(status(() => assertCanWriteEmployee(claims('agency-admin', 'A'), 'A'))).toBe('ok');
    expect(status(() => assertCanWriteEmployee(claims('agency-admin', 'A'), 'B'))).toBe(403);
    expect(status(() => assertCanWriteEmployee(claims('tenant-admin'), 'B'))).toBe('ok');
  });
  it('a placement stays inside the scope at both ends', () => {
    expect(status(() => assertCanPlace({ agencyId: 'A' }, 'A', 'A'))).toBe('ok');
    expect(status(() => assertCanPlace({ agencyId: 'A' }, 'A', 'B'))).toBe(403);
    expect(status(() => assertCanPlace({ agencyId: 'A' }, 'B', 'A'))).toBe(403);
    expect(status(() => assertCanPlace({ agencyId: null }, 'A', 'B'))).toBe('ok');
  });
  it('only an AKTIF employee can be placed', () => {
    expect(status(() => assertPlaceable('AKTIF'))).toBe('ok');
    for (const s of ['CLTN', 'PENSIUN', 'BERHENTI', 'MENINGGAL'])
      expect(status(() => assertPlaceable(s))).toBe(409);
  });
});

describe('managing user accounts', () => {
  it('an agency admin cannot grant tenant-admin, act on a tenant admin, or reach another agency', () => {
    const opd = claims('agency-admin', 'A');
    expect(status(() => assertCanManageUser(opd, { role: 'employee', agencyId: 'A' }))).toBe('ok');
    expect(status(() => assertCanManageUser(opd, { role: 'tenant-admin' }))).toBe(403);
    expect(status(() => assertCanManageUser(opd, { role: 'employee', agencyId: 'B' }))).toBe(403);
    expect(status(() => assertCanManageUser(opd, { role: 'employee', agencyId: null }))).toBe(403);
    expect(status(() => assertCanManageUser(claims('tenant-admin'), { role: 'tenant-admin' }))).toBe('ok');
  });
});
