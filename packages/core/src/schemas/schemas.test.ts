import { describe, expect, it } from 'vitest';
import { diffFields } from './audit';
import { updateUnitSchema } from './org';
import { createTenantSchema, slugSchema } from './tenant';
import { createUserSchema, loginSchema, updateUserSchema } from './user';

const tenant = {
  slug: 'bandarlampung',
  name: 'Pemerintah Kota Bandar Lampung',
  level: 'kota',
  bpsCode: '1871',
  timeZone: 'Asia/Jakarta',
  firstAdmin: { username: 'admin', name: 'Admin BKPSDM', password: 'long-enough-1' },
} as const;

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('createTenantSchema', () => {
  it('accepts the demo tenants', () => {
    expect(createTenantSchema.safeParse(tenant).success).toBe(true);
    expect(
      createTenantSchema.safeParse({ ...tenant, slug: 'lampung', level: 'provinsi', bpsCode: '18' }).success,
    ).toBe(true);
  });

  it('ties the BPS code length to the level: 2 digits for a province, 4 for a city or regency', () => {
    expect(paths(createTenantSchema.safeParse({ ...tenant, level: 'provinsi' }))).toEqual(['bpsCode']);
    expect(paths(createTenantSchema.safeParse({ ...tenant, bpsCode: '18' }))).toEqual(['bpsCode']);
    expect(paths(createTenantSchema.safeParse({ ...tenant, level: 'kabupaten', bpsCode: '1801' }))).toEqual(
      [],
    );
    expect(paths(createTenantSchema.safeParse({ ...tenant, bpsCode: '18a1' }))).toContain('bpsCode');
  });

  it('allows only the three Indonesian time zones', () => {
    for (const tz of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      expect(createTenantSchema.safeParse({ ...tenant, timeZone: tz }).success).toBe(true);
    }
    expect(paths(createTenantSchema.safeParse({ ...tenant, timeZone: 'Asia/Singapore' }))).toEqual([
      'timeZone',
    ]);
  });

  it('refuses unknown fields, so a body can never smuggle a tenantId', () => {
    expect(
      paths(createTenantSchema.safeParse({ ...tenant, tenantId: '01J0000000000000000000000A' })),
    ).toEqual(['']);
    expect(
      createTenantSchema.safeParse({
        ...tenant,
        firstAdmin: { ...tenant.firstAdmin, role: 'platform-admin' },
      }).success,
    ).toBe(false);
  });

  it('names the nested field of a short password', () => {
    const r = createTenantSchema.safeParse({
      ...tenant,
      firstAdmin: { ...tenant.firstAdmin, password: 'short' },
    });
    expect(paths(r)).toEqual(['firstAdmin.password']);
  });
});

describe('slugSchema', () => {
  it.each(['lampung', 'bandarlampung', 'kab-lampung-selatan', 'abc'])('accepts %s', (s) => {
    expect(slugSchema.safeParse(s).success).toBe(true);
  });
  it.each(['platform', 'docs', 'ab', 'Lampung', '1lampung', 'lam pung', `a${'b'.repeat(40)}`])(
    'refuses %s',
    (s) => {
      expect(slugSchema.safeParse(s).success).toBe(false);
    },
  );
});

describe('user schemas', () => {
  const base = { username: 'budi.santoso', name: 'Budi Santoso', password: 'long-enough-1' };

  it('requires an agency for every role but tenant-admin', () => {
    expect(createUserSchema.safeParse({ ...base, role: 'tenant-admin' }).success).toBe(true);
    for (const role of ['agency-admin', 'supervisor', 'employee']) {
      expect(paths(createUserSchema.safeParse({ ...base, role }))).toEqual(['agencyId']);
    }
    expect(
      createUserSchema.safeParse({ ...base, role: 'employee', agencyId: '01J0000000000000000000000A' })
        .success,
    ).toBe(true);
  });

  it('never lets a tenant grant platform-admin or applicant', () => {
    expect(paths(createUserSchema.safeParse({ ...base, role: 'platform-admin' }))).toContain('role');
    expect(paths(createUserSchema.safeParse({ ...base, role: 'applicant' }))).toContain('role');
  });

  it('needs a version on updates', () => {
    expect(paths(updateUserSchema.safeParse({ name: 'X' }))).toEqual(['version']);
    expect(updateUserSchema.safeParse({ name: 'X', version: 3 }).success).toBe(true);
  });

  it('accepts "platform" as the login tenant and refuses other reserved words', () => {
    expect(loginSchema.safeParse({ tenant: 'platform', username: 'root', password: 'x' }).success).toBe(true);
    expect(loginSchema.safeParse({ tenant: 'docs', username: 'root', password: 'x' }).success).toBe(false);
  });
});

describe('updateUnitSchema', () => {
  it('takes null to move a unit to the top level, and refuses a non-ULID parent', () => {
    expect(updateUnitSchema.safeParse({ parentUnitId: null, version: 1 }).success).toBe(true);
    expect(paths(updateUnitSchema.safeParse({ parentUnitId: 'sekretariat', version: 1 }))).toEqual([
      'parentUnitId',
    ]);
  });
});

describe('diffFields', () => {
  it('keeps only the fields that changed, with before and after', () => {
    expect(
      diffFields({ name: 'A', code: 'X', status: 'active' }, { name: 'B', code: 'X', status: 'active' }, [
        'name',
        'code',
        'status',
      ]),
    ).toEqual({
      name: { before: 'A', after: 'B' },
    });
  });

  it('treats a missing side as null, for creations and deletions', () => {
    expect(diffFields(undefined, { name: 'A' }, ['name', 'code'])).toEqual({
      name: { before: null, after: 'A' },
    });
    expect(diffFields({ name: 'A' }, undefined, ['name'])).toEqual({ name: { before: 'A', after: null } });
  });

  it('compares nested values by content', () => {
    expect(diffFields({ tags: ['a'] }, { tags: ['a'] }, ['tags'])).toEqual({});
    expect(diffFields({ tags: ['a'] }, { tags: ['a', 'b'] }, ['tags'])).toEqual({
      tags: { before: ['a'], after: ['a', 'b'] },
    });
  });
});
